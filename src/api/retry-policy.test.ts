import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, SessionExpiredError } from './errors';
import { retryDelay, shouldRetry, withRetries } from './retry-policy';

const error = (init: Partial<ConstructorParameters<typeof ApiError>[0]>) =>
  new ApiError({ kind: 'http', source: 'em', message: '', ...init });

describe('retry policy', () => {
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

describe('withRetries (requests sent outside a query)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A request that fails with `failures` in turn, then answers. */
  function flaky(...failures: Error[]) {
    const send = vi.fn(() => {
      const failure = failures[send.mock.calls.length - 1];
      return failure ? Promise.reject(failure) : Promise.resolve('answer');
    });
    return send;
  }

  it('sends again after 1 s, then 2 s, and answers with the third try', async () => {
    const send = flaky(error({ status: 500 }), error({ kind: 'network' }));
    const result = withRetries(send);
    await vi.advanceTimersByTimeAsync(999);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    await expect(result).resolves.toBe('answer');
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('gives up with the third failure, and at once on one that will not get better', async () => {
    const third = error({ kind: 'timeout' });
    const always = flaky(error({ status: 503 }), error({ status: 502 }), third);
    const gaveUp = expect(withRetries(always)).rejects.toBe(third);
    await vi.advanceTimersByTimeAsync(3000);
    await gaveUp;
    expect(always).toHaveBeenCalledTimes(3);

    const notFound = error({ status: 404 });
    const once = flaky(notFound);
    await expect(withRetries(once)).rejects.toBe(notFound);
    expect(once).toHaveBeenCalledTimes(1);
  });

  it('stops waiting when its signal aborts', async () => {
    const controller = new AbortController();
    const send = flaky(error({ status: 500 }));
    const result = expect(withRetries(send, controller.signal)).rejects.toThrow('left the page');
    await vi.advanceTimersByTimeAsync(500);
    controller.abort(new Error('left the page'));
    await result;
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
