/**
 * Microsoft 365 sign-in, token renewal and sign-out
 * (docs/api-notes.md#m365-sign-in-and-tokens).
 *
 * POST /vN/token with a form-encoded password grant gives an access token (sent
 * as `Authorization: Bearer …`) and a refresh token. The access token is renewed
 * before it runs out and once after a 401; every caller shares one renewal, so a
 * burst of requests never becomes a burst of token calls (the endpoint answers
 * 429 "Quota Exceeded" to those). A token call that hangs ends after
 * AUTH_TIMEOUT_MS, and a request waiting for it gives up with its own deadline,
 * so one stuck renewal cannot hold every Microsoft 365 request. Tokens live only
 * in `session` (sessionStorage): never in a URL, a query key or a log. The
 * password is used for one request.
 */
import { z } from 'zod';
import { AUTH_TIMEOUT_MS, request, type AuthStrategy } from '../client';
import { ApiError, SessionExpiredError } from '../errors';
import { session, type M365Session } from '../session';

export type M365Version = M365Session['version'];
/** Newest first: the order version detection tries them in. */
export const M365_VERSIONS: readonly M365Version[] = ['v8', 'v7', 'v6'];
export type VersionChoice = M365Version | 'auto';

/** Renew when the access token has less than this left. */
export const REFRESH_MARGIN_MS = 60_000;
/** When the server does not say how long the token lives. */
const DEFAULT_LIFETIME_SEC = 3600;

export const TokenSchema = z.looseObject({
  access_token: z.string().min(1),
  refresh_token: z.string().nullish(),
  token_type: z.string().nullish(),
  expires_in: z.union([z.number(), z.string()]).nullish(),
  userName: z.string().nullish(),
  '.expires': z.string().nullish(),
});
export type TokenResponse = z.output<typeof TokenSchema>;

/** The token answer as a session; `expires_in` (relative) wins over `.expires` (server clock). */
export function toSession(
  version: M365Version,
  token: TokenResponse,
  fallbackUser: string,
  now = Date.now(),
): M365Session {
  const lifetime = Number(token.expires_in);
  const absolute = token['.expires'] ? Date.parse(token['.expires']) : Number.NaN;
  const expiresAt =
    Number.isFinite(lifetime) && lifetime > 0
      ? now + lifetime * 1000
      : Number.isFinite(absolute)
        ? absolute
        : now + DEFAULT_LIFETIME_SEC * 1000;
  return {
    version,
    accessToken: token.access_token,
    refreshToken: token.refresh_token ?? '',
    expiresAt,
    userName: token.userName || fallbackUser,
  };
}

/** One call to the token endpoint. v7/v8 need the antiforgery cookie unless told not to. */
async function postToken(
  version: M365Version,
  form: Record<string, string>,
): Promise<TokenResponse> {
  const body = new URLSearchParams(form);
  if (version !== 'v6') body.set('disable_antiforgery_token', 'true');
  const response = await request({
    source: 'm365',
    method: 'POST',
    path: `/${version}/token`,
    schema: TokenSchema,
    auth: null,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
    timeoutMs: AUTH_TIMEOUT_MS,
  });
  return response.data;
}

/** An answer that means "no such API version here", so detection tries the next one. */
export function isNotThisVersion(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.kind === 'not-json' || error.status === 404 || error.status === 405)
  );
}

/**
 * Signs in with a password grant. With `auto`, tries v8, v7 then v6 and keeps the
 * first that answers like VB365: at most three token calls, and a wrong password,
 * a 429 or an unreachable server stops at once (trying on would only add to the throttle).
 */
export async function signInM365(
  username: string,
  password: string,
  choice: VersionChoice = 'auto',
): Promise<M365Session> {
  const candidates = choice === 'auto' ? M365_VERSIONS : [choice];
  let lastError: unknown = null;
  for (const version of candidates) {
    try {
      const token = await postToken(version, { grant_type: 'password', username, password });
      const signedIn = toSession(version, token, username);
      renewal = null;
      session.set('m365', signedIn);
      return signedIn;
    } catch (error) {
      if (!isNotThisVersion(error)) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

let renewal: Promise<M365Session | null> | null = null;

/**
 * Renews the access token with the refresh token. Concurrent callers share one
 * call. Resolves to the new session, or null when there is nothing to renew.
 */
export function refreshM365(): Promise<M365Session | null> {
  renewal ??= renew().finally(() => {
    renewal = null;
  });
  return renewal;
}

async function renew(): Promise<M365Session | null> {
  const current = session.get('m365');
  if (!current?.refreshToken) return null;
  const token = await postToken(current.version, {
    grant_type: 'refresh_token',
    refresh_token: current.refreshToken,
  });
  // Signed out or signed in again meanwhile: never bring the old session back.
  const latest = session.get('m365');
  if (latest?.refreshToken !== current.refreshToken) return latest;
  const next = toSession(current.version, token, current.userName);
  session.set('m365', next);
  return next;
}

/** A failed renewal that may work later (no answer, throttled, server trouble). */
function isTransient(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.kind === 'network' ||
      error.kind === 'timeout' ||
      error.status === 429 ||
      (error.status ?? 0) >= 500)
  );
}

/** Before a request: renew a token that is about to run out. */
async function freshSession(current: M365Session): Promise<M365Session | null> {
  try {
    // null: nothing to renew with (no refresh token) or signed out meanwhile.
    return (await refreshM365()) ?? session.get('m365');
  } catch (error) {
    // Still valid for a few seconds: use it, the next request tries again.
    if (current.expiresAt > Date.now()) return current;
    if (isTransient(error)) throw error;
    endIfCurrent(current.accessToken);
    throw new SessionExpiredError({
      source: 'm365',
      message: 'The Microsoft 365 session has ended.',
      details: error instanceof Error ? error.message : null,
    });
  }
}

const bearer = (accessToken: string) => `Bearer ${accessToken}`;

/** Ends the session only if it still holds this token: a late failure never ends a newer one. */
function endIfCurrent(accessToken: string | undefined): void {
  if (accessToken === undefined || session.get('m365')?.accessToken !== accessToken) return;
  renewal = null;
  session.end('m365', 'expired');
}

/** How client.ts authenticates Microsoft 365 calls. */
export const m365Auth: AuthStrategy = {
  async headers(): Promise<Record<string, string>> {
    let current = session.get('m365');
    if (current && current.expiresAt - Date.now() < REFRESH_MARGIN_MS) {
      current = await freshSession(current);
    }
    if (!current) {
      throw new SessionExpiredError({ source: 'm365', message: 'Not signed in to Microsoft 365.' });
    }
    return { Authorization: bearer(current.accessToken) };
  },
  async recover(sent) {
    const current = session.get('m365');
    if (!current) return false;
    // Renewed (here or in another tab) since this request left: send it again with the new token.
    if (sent.Authorization !== bearer(current.accessToken)) return true;
    try {
      return (await refreshM365()) !== null;
    } catch {
      return false;
    }
  },
  expire(sent) {
    endIfCurrent(sent.Authorization?.replace(/^Bearer /, ''));
  },
};

/**
 * Forgets the tokens here and in the other tabs. The VB365 REST API documents
 * no logout or revoke call for a password grant, so there is nothing to tell
 * the server; the access token simply runs out. Resolves to null (nothing failed).
 */
export function signOutM365(): Promise<unknown> {
  renewal = null;
  session.end('m365', 'signed-out');
  return Promise.resolve(null);
}
