import { HttpResponse, delay, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { server } from '@/mocks/node';
import { MAX_RESPONSE_BYTES, request, stripBom, type AuthStrategy } from './client';
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

  it('turns an exception inside a schema into invalid-response, not a crash', async () => {
    server.use(http.get('*/api/test', () => HttpResponse.json({ value: 1 })));
    const Throwing = z.object({ value: z.number() }).transform(() => {
      return decodeURIComponent('%E0%A4%A');
    });
    const error = await request({ source: 'em', path: '/api/test', schema: Throwing, auth: null })
      .then(() => null)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'invalid-response', details: 'URI malformed' });
  });

  it("keeps a 429's Retry-After for the retry", async () => {
    server.use(
      http.get(
        '*/api/test',
        () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '7' } }),
      ),
    );
    await expect(get()).rejects.toMatchObject({ status: 429, retryAfterMs: 7000 });
  });
});

/** Every URL msw saw while `run` ran. */
async function requestsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const urls: string[] = [];
  const listener = ({ request: seen }: { request: Request }) => {
    urls.push(seen.url);
  };
  server.events.on('request:start', listener);
  try {
    await run().catch(() => undefined);
  } finally {
    server.events.removeListener('request:start', listener);
  }
  return urls;
}

describe('requests stay on our origin', () => {
  it('refuses a path outside the API or off the origin without sending anything', async () => {
    for (const path of [
      '//evil.example/api/q',
      '/\\evil.example/api/q',
      'https://evil.example/api/q',
      '/assets/app.js',
      '/api/backups/..?format=Entity',
      '/api/backups/a%2Fb',
    ]) {
      const urls = await requestsDuring(async () => {
        await expect(
          request({ source: 'em', path, schema: Body, auth: null }),
        ).rejects.toMatchObject({ kind: 'refused' });
      });
      expect(urls, path).toEqual([]);
    }
  });

  it('follows no redirect, so the session header never reaches another host', async () => {
    server.use(
      http.get(
        '*/api/test',
        () =>
          new HttpResponse(null, {
            status: 302,
            headers: { Location: 'https://evil.example/collect' },
          }),
      ),
      http.get('https://evil.example/collect', () => HttpResponse.json({ value: 1 })),
    );
    const { auth } = fakeAuth();
    const urls = await requestsDuring(async () => {
      await expect(get(auth)).rejects.toMatchObject({ kind: 'network' });
    });
    expect(urls.filter((url) => url.includes('evil.example'))).toEqual([]);
  });
});

describe('every request is bounded', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends a request without an answer after 30 s by default, saying so', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(
      http.get('*/api/test', async () => {
        await delay('infinite');
        return HttpResponse.json({ value: 1 });
      }),
    );
    const outcome = get().catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(29_000);
    let settled = false;
    void outcome.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await outcome;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'timeout',
      message: 'The server did not answer within 30 s.',
    });
  });

  it('counts reading the body: a body that stalls halfway times out too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(
      http.get('*/api/test', () => {
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"value":'));
          },
        });
        return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const outcome = request({
      source: 'em',
      path: '/api/test',
      schema: Body,
      auth: null,
      timeoutMs: 5_000,
    }).catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await outcome).toMatchObject({
      kind: 'timeout',
      message: 'The server did not answer within 5 s.',
    });
  });

  it('refuses an answer larger than the limit while reading it', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    server.use(
      http.get('*/api/test', () => {
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            sent += chunk.byteLength;
            controller.enqueue(chunk);
          },
        });
        return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    await expect(get()).rejects.toMatchObject({ kind: 'too-large' });
    // It stopped soon after the limit instead of reading on.
    expect(sent).toBeLessThan(MAX_RESPONSE_BYTES + 8 * chunk.byteLength);
  });

  it('still passes a cancellation through as a cancellation', async () => {
    server.use(
      http.get('*/api/test', async () => {
        await delay('infinite');
        return HttpResponse.json({ value: 1 });
      }),
    );
    const controller = new AbortController();
    const outcome = request({
      source: 'em',
      path: '/api/test',
      schema: Body,
      auth: null,
      signal: controller.signal,
    }).catch((caught: unknown) => caught);
    controller.abort();
    const error = await outcome;
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });
});
