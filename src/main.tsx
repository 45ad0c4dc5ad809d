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

/** Before React runs there is no error page: a plain message rather than a blank one. */
function showStartError(error: unknown) {
  console.error(error);
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.style.margin = '2rem';
  message.textContent =
    import.meta.env.VITE_API_MOCKING === 'on'
      ? 'The demo could not start its built-in mock server in this browser. It runs in a service worker: that needs the page served over HTTPS or from localhost, and private windows and some settings turn service workers off. Reload the page to try again.'
      : 'The app could not start. Reload the page to try again.';
  document.getElementById('root')?.replaceChildren(message);
}

// A new tab takes the session of an open one before its first page decides who is signed in.
void Promise.all([enableMocking(), joinSessionChannel()])
  .then(() => {
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
  })
  .catch(showStartError);
