import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { joinSessionChannel } from './api/session-channel';
import { Providers } from './app/providers';
import { lazyQueryClient } from './app/lazy-query-client';
import { createRoutes } from './app/router';
import { redirectWhenSessionEnds } from './app/session-redirect';
import { basePath } from './lib/base-path';

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

// A new tab takes the session of an open one before its first page decides who is signed in.
void Promise.all([enableMocking(), joinSessionChannel()]).then(() => {
  const queryClient = lazyQueryClient();
  // Links and routes are written from "/"; the router adds BASE_PATH (vite `base`) in front.
  const router = createBrowserRouter(createRoutes(queryClient), {
    basename: basePath().replace(/\/$/, '') || '/',
  });
  redirectWhenSessionEnds(router, queryClient);
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
