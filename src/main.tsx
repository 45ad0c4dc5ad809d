import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { joinSessionChannel } from './api/session-channel';
import { config } from './config/env';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/router';
import { redirectWhenSessionEnds } from './app/session-redirect';

/** Demo mode: start the in-browser mock before the first request. */
async function enableMocking(): Promise<void> {
  if (!config.demo) return;
  const { startDemoWorker } = await import('./mocks/browser');
  await startDemoWorker(new URLSearchParams(window.location.search).get('scenario'));
}

// A new tab takes the session of an open one before its first page decides who is signed in.
void Promise.all([enableMocking(), joinSessionChannel()]).then(() => {
  const queryClient = createQueryClient();
  const router = createBrowserRouter(createRoutes(queryClient));
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
