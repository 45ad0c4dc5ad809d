import type { z } from 'zod';
import { request, type AuthStrategy } from '../client';
import { session } from '../session';

/** EM authenticates every call with the X-RestSvcSessionId header (never the cookie). */
export const emAuth: AuthStrategy = {
  headers(): Promise<Record<string, string>> {
    const current = session.get('em');
    const headers: Record<string, string> = {};
    if (current) headers['X-RestSvcSessionId'] = current.token;
    return Promise.resolve(headers);
  },
  expire() {
    session.clear('em');
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
