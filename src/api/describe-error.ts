import { ApiError, type ApiSource } from './errors';

/** What to tell a person about an error: what happened and what to do next. */
export interface ErrorDescription {
  title: string;
  message: string;
  status: number | null;
  details: string | null;
}

const serverName: Record<ApiSource, string> = {
  em: 'Enterprise Manager',
  m365: 'Veeam Backup for Microsoft 365',
};
const serverHint: Record<ApiSource, string> = {
  em: 'Enterprise Manager REST API (port 9398)',
  m365: 'Veeam Backup for Microsoft 365 REST API (port 4443)',
};

export function describeError(error: unknown): ErrorDescription {
  if (!(error instanceof ApiError)) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      title: 'Something went wrong',
      message: 'The page could not be shown. Try again, or go back to the previous page.',
      status: null,
      details: message,
    };
  }
  const name = serverName[error.source];
  const base = { status: error.status, details: error.details };
  switch (error.kind) {
    case 'network':
      return {
        ...base,
        title: `Cannot reach ${name}`,
        message: `No answer came back. Check that the server is running and reachable from this app (the dev proxy needs ${error.source === 'em' ? 'VEEAM_EM_URL' : 'VEEAM_M365_URL'}), then try again.`,
      };
    case 'timeout':
      return {
        ...base,
        title: `${name} did not answer in time`,
        message: `${error.message} It may be busy or half down. Try again in a moment; if it keeps happening, check the server.`,
      };
    case 'too-large':
      return {
        ...base,
        title: 'The answer is too large',
        message: `${error.message} Narrow the view with a filter, or ask for fewer rows per page.`,
      };
    case 'refused':
      return {
        ...base,
        title: 'This address cannot be opened',
        message: `${error.message} Check the link, or start again from the list.`,
      };
    case 'not-json':
      return {
        ...base,
        title: `This does not look like ${name}`,
        message: `The server answered with a web page or other non-JSON content instead of data. Check that the address points at the ${serverHint[error.source]}, not a login page or another service.`,
      };
    case 'invalid-response':
      return {
        ...base,
        title: 'The server sent data this app does not understand',
        message: `A field the app needs is missing or has an unexpected value. The rest of the app still works; if this keeps happening, report the details below with your ${name} version.`,
      };
    case 'http':
      return { ...base, ...describeStatus(error) };
  }
}

function describeStatus(error: ApiError): { title: string; message: string } {
  const said = error.message ? ` The server said: “${error.message}”` : '';
  switch (error.status) {
    case 400:
      return {
        title: 'The server rejected the request',
        message: `One of the values sent is not valid.${said} Check the filters or the address and try again.`,
      };
    case 401:
      return { title: 'Your session has ended', message: 'Sign in again to continue.' };
    case 403:
      return {
        title: 'You do not have access to this',
        message:
          error.source === 'em'
            ? 'Your account needs the Portal Administrator, Portal User or Restore Operator role in Enterprise Manager.'
            : 'Your account is not allowed to read this. Ask your Veeam administrator for access.',
      };
    case 404:
      return {
        title: 'Not found',
        message: `The server has nothing at this address. It may have been deleted, or the link is wrong or incomplete.${said}`,
      };
    case 429:
      return {
        title: 'Too many requests',
        message: `The server is throttling requests. Wait ${waitText(error.retryAfterMs)} and try again.`,
      };
    // The web server in front of the app answers these itself when the Veeam server does not.
    case 502:
    case 504:
      return {
        title: `${serverName[error.source]} did not answer the proxy (${String(error.status)})`,
        message: `The web server in front of this app works, but it got no answer from ${serverName[error.source]}: the server may be down or unreachable from the proxy, or the proxy does not trust its TLS certificate. Check the proxy's error log; for a certificate error, give the proxy the certificate of the authority that signed the server's certificate.`,
      };
    default:
      return {
        title: `The server had a problem (${String(error.status ?? 'error')})`,
        message: `This is usually temporary.${said} Try again in a moment; if it persists, check the server's logs.`,
      };
  }
}

/** "12 seconds" from a Retry-After; "a few seconds" when the server did not say. */
function waitText(ms: number | null): string {
  if (ms === null) return 'a few seconds';
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds === 1 ? '1 second' : `${String(seconds)} seconds`;
}
