import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { paths } from './config/paths';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/router';
import { basePath, withoutBase } from './lib/base-path';

/**
 * Demo mode: start the in-browser mock before the first request. The variable is compared
 * here, not through config.demo, because only a literal comparison lets the production
 * build drop the mock chunk entirely (config/env.ts parses the same value at run time).
 */
async function enableMocking(): Promise<void> {
  if (import.meta.env.VITE_API_MOCKING !== 'on') return;
  const { startDemoWorker } = await import('./mocks/browser');
  await startDemoWorker(new URLSearchParams(window.location.search).get('scenario'));
}

void enableMocking().then(() => {
  // The router is created after the query client, which needs it for the expiry redirect.
  let router: ReturnType<typeof createBrowserRouter> | null = null;
  const queryClient = createQueryClient({
    onSessionExpired: (error) => {
      if (!router) return;
      // During a navigation the user is headed for the pending location: come back there.
      const location = router.state.navigation.location ?? router.state.location;
      // The router's own locations include the base path; app paths do not.
      const pathname = withoutBase(location.pathname);
      if (pathname === paths.login()) return;
      void router.navigate(
        paths.login({ from: pathname + location.search, kind: error.source, reason: 'expired' }),
        { replace: true },
      );
    },
  });
  // Links and routes are written from "/"; the router adds BASE_PATH (vite `base`) in front.
  router = createBrowserRouter(createRoutes(queryClient), {
    basename: basePath().replace(/\/$/, '') || '/',
  });
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
