/**
 * EM sign-in and sign-out (docs/api-notes.md#em-sign-in-and-sessions). The
 * session id comes back in the X-RestSvcSessionId response header; we treat it
 * as opaque. The password is used for this one request and never kept.
 */
import { z } from 'zod';
import { AUTH_TIMEOUT_MS, request } from '../client';
import { ApiError } from '../errors';
import { session, type EmSession } from '../session';
import { SESSION_HEADER } from './http';

/** Ending a session is a courtesy to the server: never keep anyone waiting long for it. */
const SIGN_OUT_TIMEOUT_MS = 5_000;

export const LogonSessionSchema = z.looseObject({
  UserName: z.string().nullish(),
  SessionId: z.string().nullish(),
});

/** Basic credentials as UTF-8, so non-ASCII passwords survive. */
export function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  bytes.forEach((byte) => {
    binary += String.fromCharCode(byte);
  });
  return `Basic ${btoa(binary)}`;
}

export async function signInEm(username: string, password: string): Promise<EmSession> {
  const response = await request({
    source: 'em',
    method: 'POST',
    path: '/api/sessionMngr/?v=latest',
    schema: LogonSessionSchema,
    auth: null,
    headers: { Authorization: basicAuth(username, password) },
    timeoutMs: AUTH_TIMEOUT_MS,
  });
  const token = response.headers.get(SESSION_HEADER);
  if (!token) {
    throw new ApiError({
      kind: 'invalid-response',
      source: 'em',
      status: response.status,
      message: 'The sign-in answer has no X-RestSvcSessionId header.',
      details:
        'The server accepted the credentials but sent no session id. If a proxy sits in between, it must pass the X-RestSvcSessionId header through.',
    });
  }
  const signedIn: EmSession = {
    token,
    sessionId: response.data.SessionId ?? sessionIdFromToken(token),
    userName: response.data.UserName ?? username,
  };
  const previous = session.get('em');
  session.set('em', signedIn);
  // Signing in again replaces the session: end the old one on the server too (best effort).
  if (previous && previous.token !== signedIn.token) void endServerSession(previous);
  return signedIn;
}

/** Current servers issue base64(SessionId); fall back to that when the body lacks it. */
function sessionIdFromToken(token: string): string {
  try {
    const decoded = atob(token);
    return /^[0-9a-f-]{36}$/i.test(decoded) ? decoded : token;
  } catch {
    return token;
  }
}

/**
 * Signs out: forgets the session here (and in the other tabs) at once, so
 * nothing more is sent with it, then asks the server to end it. Resolves to the
 * server's refusal, or null when it confirmed; it never rejects.
 */
export function signOutEm(): Promise<unknown> {
  const current = session.get('em');
  if (!current) return Promise.resolve(null);
  session.end('em', 'signed-out');
  return endServerSession(current);
}

/** DELETE /logonSessions/{id} with that session's own header; the error, or null when it ended. */
async function endServerSession(ended: EmSession): Promise<unknown> {
  try {
    await request({
      source: 'em',
      method: 'DELETE',
      path: `/api/logonSessions/${encodeURIComponent(ended.sessionId)}`,
      schema: z.unknown(),
      auth: null,
      headers: { [SESSION_HEADER]: ended.token },
      timeoutMs: SIGN_OUT_TIMEOUT_MS,
    });
    return null;
  } catch (error) {
    return error;
  }
}
