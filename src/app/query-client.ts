import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '@/api/retry-policy';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // Queries are GETs, so sending one again is safe.
        retry: shouldRetry,
        retryDelay,
      },
    },
  });
}
