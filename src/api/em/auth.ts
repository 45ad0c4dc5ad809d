/**
 * EM sign-in and sign-out (docs/api-notes.md#em-sign-in-and-sessions). The
 * session id comes back in the X-RestSvcSessionId response header; we treat it
 * as opaque. The password is used for this one request and never kept.
 */
import { z } from 'zod';
import { request } from '../client';
import { ApiError } from '../errors';
import { session, type EmSession } from '../session';
import { emAuth } from './http';

const LogonSessionSchema = z.looseObject({
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
  });
  const token = response.headers.get('X-RestSvcSessionId');
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
  session.set('em', signedIn);
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

/** Ends the server session, then forgets it locally whatever the server said. */
export async function signOutEm(): Promise<void> {
  const current = session.get('em');
  if (!current) return;
  try {
    await request({
      source: 'em',
      method: 'DELETE',
      path: `/api/logonSessions/${encodeURIComponent(current.sessionId)}`,
      schema: z.unknown(),
      auth: emAuth,
    });
  } finally {
    session.clear('em');
  }
}
