import type { QueryClient, QueryExecuteOptions, QueryKey } from '@tanstack/react-query';

/**
 * `queryClient.query` for a loader, tied to its navigation: when the user moves
 * on before the page is ready, the router aborts `request.signal`, and each
 * query this loader started that nothing else is watching is cancelled, so the
 * abandoned page stops fetching. Its cached state goes back to what it was.
 */
export function loaderQuery(queryClient: QueryClient, signal: AbortSignal) {
  return function query<TQueryFnData, TError, TData, TQueryData, TQueryKey extends QueryKey>(
    options: QueryExecuteOptions<TQueryFnData, TError, TData, TQueryData, TQueryKey>,
  ): Promise<TData> {
    const abandon = () => {
      const started = queryClient.getQueryCache().find({ queryKey: options.queryKey, exact: true });
      if (started?.state.fetchStatus === 'fetching' && started.getObserversCount() === 0) {
        void started.cancel({ revert: true });
      }
    };
    signal.addEventListener('abort', abandon, { once: true });
    return queryClient.query(options).finally(() => {
      signal.removeEventListener('abort', abandon);
    });
  };
}
