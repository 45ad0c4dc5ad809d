import { describeError } from '@/api/describe-error';
import { ApiError, type ApiSource } from '@/api/errors';

const product: Record<ApiSource, { name: string; port: string; env: string }> = {
  em: { name: 'Enterprise Manager', port: '9398', env: 'VEEAM_EM_URL' },
  m365: { name: 'Veeam Backup for Microsoft 365', port: '4443', env: 'VEEAM_M365_URL' },
};

/** The login screen's own wording: each failure says what happened and what to do. */
export function signInErrorText(
  error: unknown,
  source: ApiSource,
): { title: string; message: string } {
  const { name, port, env } = product[source];
  if (error instanceof ApiError) {
    if (error.status === 401 || (source === 'm365' && error.status === 400)) {
      return {
        title: 'Wrong user name or password',
        message:
          source === 'em'
            ? 'Check both and try again. Enter the account as DOMAIN\\user or user@domain.'
            : `Check both and try again. Enter the account as user@domain.${error.message ? ` The server said: “${error.message}”` : ''}`,
      };
    }
    if (error.status === 429) {
      return {
        title: 'Too many sign-in attempts',
        message: `${name} limits how often anyone can sign in. Wait a few seconds, then try again.`,
      };
    }
    if (error.status === 404 || error.status === 405 || error.kind === 'not-json') {
      return {
        title: `This does not look like ${name}`,
        message:
          source === 'em'
            ? `The server answered, but not as ${name} does. Check that the address (${env}) points at its REST API on port ${port}.`
            : `The server answered, but not as ${name} does. Check that the address (${env}) points at its REST API on port ${port}, and that it runs the API version chosen (v6, v7 or v8).`,
      };
    }
    if (error.kind === 'network') {
      return {
        title: `Cannot reach ${name}`,
        message: `No answer came back. Check that the server is running, that this app's proxy points at it (${env}), and that a self-signed certificate is allowed only if you trust it.`,
      };
    }
  }
  const description = describeError(error);
  return { title: description.title, message: description.message };
}
