import { describe, expect, it } from 'vitest';
import { ApiError, SessionExpiredError } from './errors';
import { retryDelay, shouldRetry } from './retry-policy';

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
