import { http, type HttpHandler } from 'msw';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { errorResponse, json, type ApiVersion } from './respond';
import { m365Route, type RouteParams } from './routes';
import type { TokenStore } from './token-store';

export interface TokenBurst {
  max: number;
  windowMs: number;
}

export interface TokenHandlerOptions {
  tokens: TokenStore;
  clock: () => number;
  burst: TokenBurst;
}

type Form = Record<string, string>;

/** The spec allows form or JSON bodies; anything unparsable becomes an empty form. */
async function readForm(request: Request): Promise<Form> {
  const text = await request.text();
  if (!(request.headers.get('Content-Type') ?? '').toLowerCase().includes('json')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null) return {};
    return Object.fromEntries(
      Object.entries(body).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    return {};
  }
}

/**
 * Token errors: the spec's only error response for /token is RESTExceptionInfo (`default`), so a
 * bad grant is 400 with the version's {message, errorCode?, stackTrace?} body, not OAuth's
 * {error, error_description}. The 429 body is unconfirmed; {message: 'Quota Exceeded'} it is.
 */
export function tokenHandlers({ tokens, clock, burst }: TokenHandlerOptions): HttpHandler[] {
  let recent: number[] = [];
  // Sliding window over every attempt, rejected ones included, like the server's throttle.
  const throttled = (): boolean => {
    const now = clock();
    recent = recent.filter((at) => now - at < burst.windowMs);
    recent.push(now);
    return recent.length > burst.max;
  };

  return [
    http.post<RouteParams>(m365Route('token', false), async ({ request, params }) => {
      if (throttled()) return json({ message: 'Quota Exceeded' }, 429);
      return grant(tokens, params.version as ApiVersion, await readForm(request));
    }),
  ];
}

function grant(tokens: TokenStore, version: ApiVersion, form: Form): Response {
  const grantType = form.grant_type;
  if (grantType === 'password') {
    const { username, password } = DEMO_CREDENTIALS.m365;
    const valid =
      form.username?.toLowerCase() === username.toLowerCase() && form.password === password;
    if (valid) return json(tokens.issue(username));
    return errorResponse(version, 400, 'The user name or password is incorrect.');
  }
  if (grantType === 'refresh_token') {
    const pair = form.refresh_token ? tokens.refresh(form.refresh_token) : null;
    if (pair) return json(pair);
    return errorResponse(version, 400, 'The refresh token is invalid or has expired.');
  }
  const message = grantType
    ? `The grant type '${grantType}' is not supported by this mock.`
    : 'The grant_type parameter is required.';
  return errorResponse(version, 400, message, 'ParameterValidationFailure');
}
