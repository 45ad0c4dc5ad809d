import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { request, type AuthStrategy } from '@/api/client';
import { server } from '@/mocks/node';
import { createQueryClient } from './query-client';

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
