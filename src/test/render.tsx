import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter, matchRoutes } from 'react-router';
import { onTestFinished } from 'vitest';
import { signInEm } from '@/api/em/auth';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { Providers } from '@/app/providers';
import { lazyQueryClient } from '@/app/lazy-query-client';
import { createQueryClient } from '@/app/query-client';
import { createRoutes } from '@/app/router';
import { redirectWhenSessionEnds } from '@/app/session-redirect';

/**
 * Renders the real route table at `url`, over the shared msw handlers. `queryClient` is the
 * client the app creates, as in the browser, once the first data page needs it. A failed
 * request fails the page at once, unless `retries`: then the app's retry policy, without
 * its waits.
 */
export function renderRoute(url: string, { retries = false }: { retries?: boolean } = {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: {
      ...queryClient.getDefaultOptions().queries,
      ...(retries ? { retryDelay: 0 } : { retry: false }),
    },
  });
  const lazyClient = lazyQueryClient(() => Promise.resolve(queryClient));
  const router = createMemoryRouter(createRoutes(lazyClient), { initialEntries: [url] });
  onTestFinished(redirectWhenSessionEnds(router, lazyClient));
  const view = render(
    <Providers queryClient={lazyClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, queryClient };
}

/** Signs in to the mock Enterprise Manager with the demo account. */
export function signInToEm() {
  return signInEm(DEMO_CREDENTIALS.em.username, DEMO_CREDENTIALS.em.password);
}

/**
 * Imports the lazy route modules behind these URLs (the layout and the page). Call it in
 * `beforeAll`: the first import of the app's module graph in a test worker takes seconds
 * on a busy runner, and a test's waits should be for the page, not for that import.
 */
export async function loadPages(...urls: string[]) {
  const routes = createRoutes(lazyQueryClient(() => Promise.resolve(createQueryClient())));
  const loaders = urls
    .flatMap((url) => matchRoutes(routes, url) ?? [])
    .map(({ route }) => route.lazy)
    .filter((lazy) => typeof lazy === 'function');
  await Promise.all(loaders.map(async (load) => load()));
}
