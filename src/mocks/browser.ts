/** Demo mode: both mock servers run in a service worker inside the browser. */
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { createScenarios } from './scenarios';

export async function startDemoWorker(scenario: string | null): Promise<void> {
  const handlers = createHandlers({ em: { sessionStorage: window.sessionStorage } });
  const worker = setupWorker(...handlers);
  const scenarios = createScenarios(handlers);
  const overrides = scenario ? scenarios[scenario] : undefined;
  if (overrides) worker.use(...overrides);
  await worker.start({
    // Under a base path the worker lives there too (and so does its scope).
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
