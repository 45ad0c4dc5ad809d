import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { server } from '@/mocks/node';
import { request, stripBom, type AuthStrategy } from './client';
import { ApiError, SessionExpiredError } from './errors';

const Body = z.object({ value: z.number() });
const get = (auth: AuthStrategy | null = null) =>
  request({ source: 'em', path: '/api/test', schema: Body, auth });

function fakeAuth(overrides: Partial<AuthStrategy> = {}) {
  const calls = { expired: 0 };
  const auth: AuthStrategy = {
    headers: () => Promise.resolve({ 'X-RestSvcSessionId': 'token-1' }),
    expire: () => {
      calls.expired += 1;
    },
    ...overrides,
  };
  return { auth, calls };
}

describe('request', () => {
  it('asks for JSON, adds the auth headers and validates the body', async () => {
    let seen: Headers | undefined;
    server.use(
      http.get('*/api/test', ({ request: incoming }) => {
        seen = incoming.headers;
        return HttpResponse.json({ value: 1 });
      }),
    );
    const { auth } = fakeAuth();
    const response = await get(auth);
    expect(response.data).toEqual({ value: 1 });
    expect(seen?.get('Accept')).toBe('application/json');
    expect(seen?.get('X-RestSvcSessionId')).toBe('token-1');
  });

  it('asks under the base path the app was built for, and reports the API path', async () => {
    vi.stubEnv('BASE_URL', '/restore-explorer/');
    const seen: string[] = [];
    server.use(
      http.get('*/api/test', ({ request: incoming }) => {
        seen.push(new URL(incoming.url).pathname);
        return HttpResponse.json({ Message: 'Nope' }, { status: 404 });
      }),
    );
    const error: unknown = await get().catch((caught: unknown) => caught);
    vi.unstubAllEnvs();
    expect(seen).toEqual(['/restore-explorer/api/test']);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).url).toBe('/api/test');
  });

  it('strips a UTF-8 byte-order mark before parsing', async () => {
    server.use(
      http.get(
        '*/api/test',
        () =>
          new HttpResponse('\uFEFF{"value":2}', {
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    expect((await get()).data).toEqual({ value: 2 });
    expect(stripBom('\uFEFFabc')).toBe('abc');
  });

  it('turns a 401 on an authenticated call into SessionExpiredError and forgets the session', async () => {
    server.use(
      http.get('*/api/test', () =>
        HttpResponse.json({ Message: 'Expired', StatusCode: 401 }, { status: 401 }),
      ),
    );
    const { auth, calls } = fakeAuth();
    const error = await get(auth).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SessionExpiredError);
    expect(calls.expired).toBe(1);
  });

  it('retries once after a successful recover()', async () => {
    let attempts = 0;
    server.use(
      http.get('*/api/test', () => {
        attempts += 1;
        return attempts === 1
          ? new HttpResponse(null, { status: 401 })
          : HttpResponse.json({ value: 3 });
      }),
    );
    const { auth } = fakeAuth({ recover: () => Promise.resolve(true) });
    expect((await get(auth)).data).toEqual({ value: 3 });
    expect(attempts).toBe(2);
  });

  it("reads Veeam's error body into the error", async () => {
    server.use(
      http.get('*/api/test', () =>
        HttpResponse.json(
          {
            FirstChanceExceptionMessage: null,
            Message: 'Object not found',
            StackTrace: null,
            Status: null,
            StatusCode: 404,
          },
          { status: 404 },
        ),
      ),
    );
    const error = await get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 404, message: 'Object not found' });
  });

  it('reports an HTML page instead of JSON as not-json', async () => {
    server.use(
      http.get(
        '*/api/test',
        () =>
          new HttpResponse('<html><body>Login</body></html>', {
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    await expect(get()).rejects.toMatchObject({ kind: 'not-json' });
  });

  it('reports a missing field as invalid-response with the field path', async () => {
    server.use(http.get('*/api/test', () => HttpResponse.json({ other: 1 })));
    const error = await get().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'invalid-response' });
    expect((error as ApiError).details).toContain('value');
  });

  it('reports a failed connection as network', async () => {
    server.use(http.get('*/api/test', () => HttpResponse.error()));
    await expect(get()).rejects.toMatchObject({ kind: 'network', source: 'em' });
  });
});
