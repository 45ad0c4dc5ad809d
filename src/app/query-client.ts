import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';

/** A throttled server may ask for a long wait; past this the user is better off retrying by hand. */
const MAX_RETRY_AFTER_MS = 30_000;

/**
 * Queries are GETs, so sending one again is safe. Retry only what can get better
 * by itself: no answer (network, timeout), a 5xx, or a 429; never another 4xx,
 * a bad response or an ended session.
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

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
        retryDelay,
      },
    },
  });
}
