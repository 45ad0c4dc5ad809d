import { QueryCache, QueryClient } from '@tanstack/react-query';
import { SessionExpiredError, isApiError } from '@/api/errors';

/**
 * Retries only what can get better by itself (network blips, 5xx), never a
 * 4xx, a bad response or an ended session.
 */
export function createQueryClient(
  options: { onSessionExpired?: (error: SessionExpiredError) => void } = {},
) {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof SessionExpiredError) options.onSessionExpired?.(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 &&
          isApiError(error) &&
          (error.kind === 'network' || (error.status !== null && error.status >= 500)),
      },
    },
  });
}
