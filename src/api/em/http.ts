import type { z } from 'zod';
import { request, type AuthStrategy } from '../client';
import { SessionExpiredError } from '../errors';
import { session } from '../session';

export const SESSION_HEADER = 'X-RestSvcSessionId';

/**
 * EM authenticates every call with the X-RestSvcSessionId header (never the
 * cookie). Without a session nothing is sent; a 401 ends the session only if it
 * is still the one the request carried, so a late answer to an old session's
 * request never signs out a newer one.
 */
export const emAuth: AuthStrategy = {
  headers() {
    const current = session.get('em');
    if (!current) {
      return Promise.reject(
        new SessionExpiredError({ source: 'em', message: 'Not signed in to Enterprise Manager.' }),
      );
    }
    return Promise.resolve({ [SESSION_HEADER]: current.token });
  },
  recover(sent) {
    const current = session.get('em');
    return Promise.resolve(current !== null && current.token !== sent[SESSION_HEADER]);
  },
  expire(sent) {
    if (session.get('em')?.token === sent[SESSION_HEADER]) session.end('em', 'expired');
  },
};

/** GET an EM path (same-origin, starting with /api/) and validate it with `schema`. */
export async function emGet<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  const response = await request({ source: 'em', path, schema, auth: emAuth, signal });
  return response.data;
}
