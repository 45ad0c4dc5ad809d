import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { config } from './config/env';
import { paths } from './config/paths';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/router';

/** Demo mode: start the in-browser mock before the first request. */
async function enableMocking(): Promise<void> {
  if (!config.demo) return;
  const { startDemoWorker } = await import('./mocks/browser');
  await startDemoWorker({
    scenario: new URLSearchParams(window.location.search).get('scenario'),
    scale: config.demoScale,
  });
}

void enableMocking().then(() => {
  // The router is created after the query client, which needs it for the expiry redirect.
  let router: ReturnType<typeof createBrowserRouter> | null = null;
  const queryClient = createQueryClient({
    onSessionExpired: (error) => {
      if (!router) return;
      // During a navigation the user is headed for the pending location: come back there.
      const { pathname, search } = router.state.navigation.location ?? router.state.location;
      if (pathname === paths.login()) return;
      void router.navigate(
        paths.login({ from: pathname + search, kind: error.source, reason: 'expired' }),
        { replace: true },
      );
    },
  });
  router = createBrowserRouter(createRoutes(queryClient));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
});
