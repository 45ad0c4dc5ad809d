import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { createDb } from '@/mocks/db';
import { createM365Handlers } from '@/mocks/handlers/m365';
import { TEST_NOW, server } from '@/mocks/node';
import { recordRequests } from '@/test/requests';
import { ApiError, SessionExpiredError } from '../errors';
import { session } from '../session';
import { REFRESH_MARGIN_MS, m365Auth, signInM365, signOutM365, toSession } from './auth';
import { fetchOrganizations } from './organizations';

const { username, password } = DEMO_CREDENTIALS.m365;

const isToken = (request: Request) => /\/v[678]\/token$/i.test(new URL(request.url).pathname);

/** Calls to a token endpoint: recorded as they start, read with `path` and `form`. */
function recordTokenCalls() {
  const requests = recordRequests();
  return {
    get calls() {
      return requests.filter(isToken);
    },
  };
}
const path = (request: Request | undefined) => (request ? new URL(request.url).pathname : '');
const form = async (request: Request | undefined) =>
  new URLSearchParams(request ? await request.text() : '');

/** The data calls' Authorization headers, in order. */
function recordBearers() {
  const requests = recordRequests();
  return {
    get bearers() {
      return requests
        .filter((request) => !isToken(request))
        .map((request) => request.headers.get('Authorization') ?? '');
    },
  };
}

// The shared mock, on a clock these tests drive: tokens expire and the /token throttle
// (5 calls per second, like VB365) counts on the fake clock. Each test starts later than
// any earlier test reached, so tests never throttle each other.
const db = createDb({ now: TEST_NOW });
let clock = Date.parse('2025-06-16T12:00:00Z');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  clock += 3 * 3_600_000;
  vi.setSystemTime(clock);
  server.use(...createM365Handlers(db.m365, { clock: () => Date.now() }));
});
afterEach(() => {
  vi.useRealTimers();
});

const notFound = () =>
  new HttpResponse('<!doctype html><title>404</title>', {
    status: 404,
    headers: { 'Content-Type': 'text/html' },
  });

describe('signInM365', () => {
  it('detects the newest version with one form-encoded password grant and keeps the tokens', async () => {
    const recorder = recordTokenCalls();
    const signedIn = await signInM365(username, password);

    expect(signedIn.version).toBe('v8');
    expect(signedIn.userName).toBe(username);
    expect(signedIn.expiresAt).toBe(clock + 3600 * 1000);
    expect(session.get('m365')).toEqual(signedIn);
    expect(recorder.calls).toHaveLength(1);
    const [call] = recorder.calls;
    expect(path(call)).toBe('/v8/token');
    expect(call?.headers.get('Content-Type')).toContain('application/x-www-form-urlencoded');
    const body = await form(call);
    expect(body.get('grant_type')).toBe('password');
    expect(body.get('username')).toBe(username);
    expect(body.get('password')).toBe(password);
    // Kept for the tab only, never in localStorage.
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.getItem('rpe.session.m365')).toContain(signedIn.accessToken);
  });

  it('falls back v8 → v7 → v6 when a version is not there (404, 405, not JSON)', async () => {
    server.use(
      http.post(/\/v8\/token$/i, notFound),
      http.post(/\/v7\/token$/i, () => new HttpResponse(null, { status: 405 })),
    );
    const recorder = recordTokenCalls();
    const signedIn = await signInM365(username, password);
    expect(signedIn.version).toBe('v6');
    expect(recorder.calls.map(path)).toEqual(['/v8/token', '/v7/token', '/v6/token']);
    // v6 does not know disable_antiforgery_token; v7/v8 get it.
    expect((await form(recorder.calls[0])).get('disable_antiforgery_token')).toBe('true');
    expect((await form(recorder.calls[2])).has('disable_antiforgery_token')).toBe(false);
  });

  it('gives up after three calls when no version answers like VB365', async () => {
    server.use(http.post(/\/v[678]\/token$/i, notFound));
    const recorder = recordTokenCalls();
    const error = await signInM365(username, password).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect(recorder.calls).toHaveLength(3);
    expect(session.get('m365')).toBeNull();
  });

  it('stops at once on a wrong password, without trying older versions', async () => {
    const recorder = recordTokenCalls();
    const error = await signInM365(username, 'wrong').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe('The user name or password is incorrect.');
    expect(recorder.calls).toHaveLength(1);
  });

  it('stops at once on 429 (the throttle would only get worse)', async () => {
    server.use(
      http.post(/\/v8\/token$/i, () =>
        HttpResponse.json({ message: 'Quota Exceeded' }, { status: 429 }),
      ),
    );
    const recorder = recordTokenCalls();
    const error = await signInM365(username, password).catch((caught: unknown) => caught);
    expect((error as ApiError).status).toBe(429);
    expect(recorder.calls).toHaveLength(1);
  });

  it('uses only the chosen version', async () => {
    const recorder = recordTokenCalls();
    const signedIn = await signInM365(username, password, 'v7');
    expect(signedIn.version).toBe('v7');
    expect(recorder.calls.map(path)).toEqual(['/v7/token']);
  });
});

describe('toSession', () => {
  it('prefers expires_in, then .expires, then one hour', () => {
    const now = Date.parse('2025-06-16T12:00:00Z');
    const base = { access_token: 'a', refresh_token: 'r' };
    expect(toSession('v8', { ...base, expires_in: 600 }, 'u', now).expiresAt).toBe(now + 600_000);
    expect(
      toSession('v8', { ...base, '.expires': '2025-06-16T12:30:00.0000000Z' }, 'u', now).expiresAt,
    ).toBe(now + 1_800_000);
    expect(toSession('v8', base, 'u', now).expiresAt).toBe(now + 3_600_000);
    expect(toSession('v8', { ...base, userName: 'admin@contoso.com' }, 'u', now).userName).toBe(
      'admin@contoso.com',
    );
    expect(toSession('v8', base, 'u', now).userName).toBe('u');
  });
});

describe('token lifecycle', () => {
  it('sends the access token as a bearer and does not renew a fresh one', async () => {
    const signedIn = await signInM365(username, password);
    const recorder = recordTokenCalls();
    const bearers = recordBearers();
    await fetchOrganizations('v8');
    expect(bearers.bearers).toEqual([`Bearer ${signedIn.accessToken}`]);
    expect(recorder.calls).toHaveLength(0);
  });

  it('renews before a request when less than a minute is left, and uses the new token', async () => {
    const signedIn = await signInM365(username, password);
    vi.setSystemTime(signedIn.expiresAt - REFRESH_MARGIN_MS + 1000);
    const recorder = recordTokenCalls();
    const bearers = recordBearers();
    await fetchOrganizations('v8');

    const renewed = session.get('m365');
    expect(recorder.calls).toHaveLength(1);
    const renewal = await form(recorder.calls[0]);
    expect(renewal.get('grant_type')).toBe('refresh_token');
    expect(renewal.get('refresh_token')).toBe(signedIn.refreshToken);
    expect(renewed?.accessToken).not.toBe(signedIn.accessToken);
    expect(renewed?.refreshToken).not.toBe(signedIn.refreshToken);
    expect(renewed?.expiresAt).toBe(Date.now() + 3600 * 1000);
    expect(bearers.bearers).toEqual([`Bearer ${renewed?.accessToken ?? ''}`]);
  });

  it('shares one renewal between concurrent requests (no burst of token calls)', async () => {
    const signedIn = await signInM365(username, password);
    vi.setSystemTime(signedIn.expiresAt - 10_000);
    const recorder = recordTokenCalls();
    await Promise.all(Array.from({ length: 6 }, () => fetchOrganizations('v8')));
    expect(recorder.calls).toHaveLength(1);
  });

  it('renews once after a 401 and sends the request again', async () => {
    const signedIn = await signInM365(username, password);
    session.set('m365', { ...signedIn, accessToken: 'revoked-by-the-server' });
    const recorder = recordTokenCalls();
    const organizations = await fetchOrganizations('v8');
    expect(organizations.length).toBeGreaterThan(0);
    const grants = await Promise.all(recorder.calls.map(form));
    expect(grants.map((grant) => grant.get('grant_type'))).toEqual(['refresh_token']);
    expect(session.get('m365')?.accessToken).not.toBe('revoked-by-the-server');
  });

  it('ends the session when the renewal after a 401 fails', async () => {
    const signedIn = await signInM365(username, password);
    session.set('m365', { ...signedIn, accessToken: 'revoked', refreshToken: 'spent' });
    const error = await fetchOrganizations('v8').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SessionExpiredError);
    expect((error as SessionExpiredError).source).toBe('m365');
    expect(session.get('m365')).toBeNull();
  });

  it('ends the session when an expired token cannot be renewed', async () => {
    const signedIn = await signInM365(username, password);
    session.set('m365', { ...signedIn, refreshToken: 'spent' });
    vi.setSystemTime(signedIn.expiresAt + 1000);
    const error = await fetchOrganizations('v8').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SessionExpiredError);
    expect(session.get('m365')).toBeNull();
  });

  it('keeps using a token that is still valid when its early renewal fails', async () => {
    const signedIn = await signInM365(username, password);
    session.set('m365', { ...signedIn, refreshToken: 'spent' });
    vi.setSystemTime(signedIn.expiresAt - 30_000);
    const organizations = await fetchOrganizations('v8');
    expect(organizations.length).toBeGreaterThan(0);
    expect(session.get('m365')?.accessToken).toBe(signedIn.accessToken);
  });

  it('keeps the session when the server cannot be reached during a renewal', async () => {
    const signedIn = await signInM365(username, password);
    vi.setSystemTime(signedIn.expiresAt + 1000);
    server.use(http.post(/\/v8\/token$/i, () => HttpResponse.error()));
    const error = await fetchOrganizations('v8').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(SessionExpiredError);
    expect((error as ApiError).kind).toBe('network');
    expect(session.get('m365')).not.toBeNull();
  });

  it('recover() without a session says no, and expire() forgets the tokens', async () => {
    expect(await m365Auth.recover?.({})).toBe(false);
    const signedIn = await signInM365(username, password);
    m365Auth.expire({ Authorization: `Bearer ${signedIn.accessToken}` });
    expect(session.get('m365')).toBeNull();
  });

  it('a late 401 to a request sent with an old token never ends a newer session', async () => {
    const old = await signInM365(username, password);
    const newer = await signInM365(username, password);
    m365Auth.expire({ Authorization: `Bearer ${old.accessToken}` });
    expect(session.get('m365')?.accessToken).toBe(newer.accessToken);
    // …and the request is sent again with the newer token instead of failing.
    expect(await m365Auth.recover?.({ Authorization: `Bearer ${old.accessToken}` })).toBe(true);
  });
});

describe('signOutM365', () => {
  it('forgets the tokens, and a renewal still in flight does not bring them back', async () => {
    const signedIn = await signInM365(username, password);
    vi.setSystemTime(signedIn.expiresAt - 10_000);
    const pending = fetchOrganizations('v8').catch((caught: unknown) => caught);
    await signOutM365();
    expect(session.get('m365')).toBeNull();
    await pending;
    expect(session.get('m365')).toBeNull();
    expect(sessionStorage.getItem('rpe.session.m365')).toBeNull();
  });
});
