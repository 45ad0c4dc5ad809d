import type { QueryClient } from '@tanstack/react-query';

/**
 * The app's one query client, created when the first page that fetches data needs it
 * (router.tsx): TanStack Query's cache and its code (about 7 KB gzip) are not part of the
 * sign-in screen's first load. Before that nothing can be cached, so code that clears
 * cached data (sign-in, a session that ends) has nothing to do while `current()` is null.
 */
export interface LazyQueryClient {
  /** The client, created on the first call; a failed load is tried again on the next. */
  load: () => Promise<QueryClient>;
  /** The client once created, else null. */
  current: () => QueryClient | null;
  /** Tells `listener` when the client has been created (for useSyncExternalStore). */
  subscribe: (listener: () => void) => () => void;
}

const createAppQueryClient = async () => (await import('./query-client')).createQueryClient();

export function lazyQueryClient(
  create: () => Promise<QueryClient> = createAppQueryClient,
): LazyQueryClient {
  let client: QueryClient | null = null;
  let loading: Promise<QueryClient> | null = null;
  const listeners = new Set<() => void>();
  return {
    load: () => {
      loading ??= create().then(
        (created) => {
          client = created;
          listeners.forEach((listener) => {
            listener();
          });
          return created;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    current: () => client,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
