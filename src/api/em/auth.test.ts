import { HttpResponse, delay, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { server } from '@/mocks/node';
import { recordRequests } from '@/test/requests';
import { request } from '../client';
import { SessionExpiredError } from '../errors';
import { session } from '../session';
import { basicAuth, signInEm, signOutEm } from './auth';
import { emAuth, emGet } from './http';

const { username, password } = DEMO_CREDENTIALS.em;
const anyBody = z.unknown();

/** Whether the mock still accepts this session token. */
async function alive(token: string): Promise<boolean> {
  const response = await fetch('/api/backups', {
    headers: { 'X-RestSvcSessionId': token, Accept: 'application/json' },
  });
  return response.status === 200;
}

describe('EM sign-in and sign-out', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('signing in again ends the previous session on the server', async () => {
    const first = await signInEm(username, password);
    const second = await signInEm(username, password);
    expect(session.get('em')?.token).toBe(second.token);
    await expect.poll(() => alive(first.token)).toBe(false);
    expect(await alive(second.token)).toBe(true);
  });

  it('forgets the session before the DELETE leaves, sends it with the old header, and ends it', async () => {
    const signedIn = await signInEm(username, password);
    const seen: { header: string | null; sessionHere: unknown }[] = [];
    server.events.on('request:start', ({ request: sent }) => {
      if (sent.method === 'DELETE') {
        seen.push({
          header: sent.headers.get('X-RestSvcSessionId'),
          sessionHere: session.get('em'),
        });
      }
    });
    const problem = await signOutEm();
    server.events.removeAllListeners('request:start');
    expect(problem).toBeNull();
    expect(seen).toEqual([{ header: signedIn.token, sessionHere: null }]);
    expect(await alive(signedIn.token)).toBe(false);
  });

  it('reports a DELETE that fails instead of throwing, and is signed out anyway', async () => {
    await signInEm(username, password);
    server.use(
      http.delete('*/api/logonSessions/:id', () =>
        HttpResponse.json({ Message: 'Boom', StatusCode: 500 }, { status: 500 }),
      ),
    );
    const problem = await signOutEm();
    expect(problem).toMatchObject({ status: 500 });
    expect(session.get('em')).toBeNull();
  });

  it('gives up on a DELETE that hangs after 5 s', async () => {
    await signInEm(username, password);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(
      http.delete('*/api/logonSessions/:id', async () => {
        await delay('infinite');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const outcome = signOutEm();
    expect(session.get('em')).toBeNull();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await outcome).toMatchObject({ kind: 'timeout' });
  });

  it('sends nothing without a session', async () => {
    const sent: string[] = [];
    server.events.on('request:start', ({ request: seen }) => sent.push(seen.url));
    const error = await emGet('/api/backups', anyBody).catch((caught: unknown) => caught);
    server.events.removeAllListeners('request:start');
    expect(error).toBeInstanceOf(SessionExpiredError);
    expect(sent).toEqual([]);
  });

  it('a late 401 to a request made with an old session never ends the newer one', async () => {
    const old = await signInEm(username, password);
    let release: () => void = () => undefined;
    let arrived: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    server.use(
      http.get('*/api/slow', async ({ request: seen }) => {
        arrived();
        await held;
        return seen.headers.get('X-RestSvcSessionId') === old.token
          ? HttpResponse.json({ Message: 'Expired', StatusCode: 401 }, { status: 401 })
          : HttpResponse.json({ ok: true });
      }),
    );
    const late = request({ source: 'em', path: '/api/slow', schema: anyBody, auth: emAuth });
    await reached;
    const newer = await signInEm(username, password);
    release();
    // The request is sent again with the newer session instead of signing anyone out.
    expect((await late).data).toEqual({ ok: true });
    expect(session.get('em')?.token).toBe(newer.token);
  });

  it('five requests failing with 401 together end the session once', async () => {
    await signInEm(username, password);
    const ends: unknown[] = [];
    const stop = session.onChange((change) => {
      if (!change.value) ends.push(change.reason);
    });
    server.use(
      http.get('*/api/fail', () =>
        HttpResponse.json({ Message: 'Expired', StatusCode: 401 }, { status: 401 }),
      ),
    );
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => emGet('/api/fail', anyBody)),
    );
    stop();
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    expect(ends).toEqual(['expired']);
  });
});

/** What a server reads from a Basic header: base64 → UTF-8 → "user:password". */
const decode = (header: string | null) =>
  Buffer.from((header ?? '').replace(/^Basic /, ''), 'base64').toString('utf8');

describe('EM sign-in', () => {
  it('sends Basic credentials as UTF-8, so a non-ASCII password survives', async () => {
    const requests = recordRequests();
    // The mock knows only the demo account: a refusal is expected, the header is the point.
    await signInEm('CORP\\jürgen', 'Pässwörd-密码-🔑').catch(() => undefined);
    const signIn = requests.find((request) => request.url.includes('/api/sessionMngr/'));
    expect(signIn?.method).toBe('POST');
    expect(decode(signIn?.headers.get('Authorization') ?? null)).toBe(
      'CORP\\jürgen:Pässwörd-密码-🔑',
    );
  });

  it('encodes exactly the UTF-8 bytes, the same as any other client', () => {
    const expected = Buffer.from('DEMO\\operator:é', 'utf8').toString('base64');
    expect(basicAuth('DEMO\\operator', 'é')).toBe(`Basic ${expected}`);
  });
});
