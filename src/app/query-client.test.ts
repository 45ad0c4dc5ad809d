import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { request, type AuthStrategy } from '@/api/client';
import { ApiError, SessionExpiredError } from '@/api/errors';
import { server } from '@/mocks/node';
import { createQueryClient, retryDelay, shouldRetry } from './query-client';

/** How many times the app's query client asks a server that always answers `respond`. */
async function attempts(respond: () => Response, auth: AuthStrategy | null = null) {
  let calls = 0;
  server.use(
    http.get('*/api/probe', () => {
      calls += 1;
      return respond();
    }),
  );
  const client = createQueryClient();
  // The policy under test is `retry`; the back-off between tries is React Query's own.
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retryDelay: 0 } });
  const error: unknown = await client
    .query({
      queryKey: ['probe', auth],
      queryFn: async () =>
        (await request({ source: 'em', path: '/api/probe', schema: z.object({}), auth })).data,
    })
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(Error); // every answer here is a failure
  return calls;
}

const status = (code: number) => () =>
  HttpResponse.json({ Message: `status ${String(code)}` }, { status: code });

describe('query retry policy', () => {
  it.each([500, 502, 503])('retries a %i twice: three tries in all', async (code) => {
    expect(await attempts(status(code))).toBe(3);
  });

  it('retries a network failure twice', async () => {
    expect(await attempts(() => HttpResponse.error())).toBe(3);
  });

  it.each([400, 403, 404])('never retries a %i', async (code) => {
    expect(await attempts(status(code))).toBe(1);
  });

  it('never retries an ended session', async () => {
    const auth: AuthStrategy = {
      headers: () => Promise.resolve({ 'X-RestSvcSessionId': 'gone' }),
      expire: () => undefined,
    };
    expect(await attempts(status(401), auth)).toBe(1);
  });

  it('never retries an answer it cannot read (a web page, missing fields)', async () => {
    expect(await attempts(() => HttpResponse.html('<html>Sign in to the proxy</html>'))).toBe(1);
    expect(await attempts(() => HttpResponse.json([1, 2]))).toBe(1);
  });
});

const error = (init: Partial<ConstructorParameters<typeof ApiError>[0]>) =>
  new ApiError({ kind: 'http', source: 'em', message: '', ...init });

describe('query retries', () => {
  it('retries what can get better by itself, twice', () => {
    for (const retryable of [
      error({ kind: 'network' }),
      error({ kind: 'timeout' }),
      error({ status: 503 }),
      error({ status: 429, retryAfterMs: 2000 }),
    ]) {
      expect(shouldRetry(0, retryable), retryable.kind).toBe(true);
      expect(shouldRetry(2, retryable)).toBe(false);
    }
  });

  it('never retries a 4xx, a bad answer, a refused request or an ended session', () => {
    for (const final of [
      error({ status: 404 }),
      error({ kind: 'invalid-response', status: 200 }),
      error({ kind: 'not-json', status: 200 }),
      error({ kind: 'too-large', status: 200 }),
      error({ kind: 'refused' }),
      new SessionExpiredError({ source: 'em', message: '' }),
      new Error('bug'),
    ]) {
      expect(shouldRetry(0, final)).toBe(false);
    }
  });

  it('waits as long as a 429 asks (Retry-After), and leaves a very long wait to the user', () => {
    expect(retryDelay(0, error({ status: 429, retryAfterMs: 7000 }))).toBe(7000);
    expect(shouldRetry(0, error({ status: 429, retryAfterMs: 120_000 }))).toBe(false);
    expect(retryDelay(0, error({ kind: 'timeout' }))).toBe(1000);
    expect(retryDelay(1, error({ kind: 'timeout' }))).toBe(2000);
  });
});
