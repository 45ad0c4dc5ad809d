/**
 * When a failed request is sent again: one policy for the queries (src/app/query-client.ts)
 * and for the requests sent outside them (the VM-name index sweep).
 */
import { isApiError } from './errors';

/** A throttled server may ask for a long wait; past this the user is better off retrying by hand. */
const MAX_RETRY_AFTER_MS = 30_000;

/**
 * Reads are safe to send again. Retry only what can get better by itself: no
 * answer (network, timeout), a 5xx, or a 429; never another 4xx, a bad
 * response or an ended session. `failureCount`: failures before this one.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2 || !isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.status === 429) return (error.retryAfterMs ?? 0) <= MAX_RETRY_AFTER_MS;
  return error.kind === 'http' && error.status !== null && error.status >= 500;
}

/** A server's Retry-After when it sent one; else TanStack's doubling from one second. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== null) return error.retryAfterMs;
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

/**
 * `send`, sent again as the policy above allows (what React Query does for a
 * query), for requests sent outside a query. Gives up at once when `signal` aborts.
 */
export async function withRetries<T>(send: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  for (let failures = 0; ; failures += 1) {
    try {
      return await send();
    } catch (error) {
      if (signal?.aborted || !shouldRetry(failures, error)) throw error;
      await pause(retryDelay(failures, error), signal);
    }
  }
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(
        signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'),
      );
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}
