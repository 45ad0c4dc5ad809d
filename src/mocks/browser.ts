/** Demo mode: both mock servers run in a service worker inside the browser. */
import { setupWorker } from 'msw/browser';
import { config } from '@/config/env';
import { createHandlers } from './handlers';
import { createScenarios } from './scenarios';
import { startInControl } from './worker-control';

/**
 * `scenario`: a named fault (`?scenario=`), or `hostileNames` for the demo's data with
 * every name a hostile string; the estate's size comes from `DEMO_SCALE`.
 */
export async function startDemoWorker(scenario: string | null): Promise<void> {
  const scale = config.demoScale;
  const started = performance.now();
  const handlers = createHandlers({
    scale,
    em: { sessionStorage: window.sessionStorage },
    hostileNames: scenario === 'hostileNames',
  });
  // How long the data took: devtools' Performance panel shows it (and so can a benchmark).
  performance.measure(`demo data (${scale})`, { start: started });
  const worker = setupWorker(...handlers);
  const scenarios = createScenarios(handlers);
  const overrides = scenario ? scenarios[scenario] : undefined;
  if (overrides) worker.use(...overrides);
  await startInControl(
    {
      controlled: () => navigator.serviceWorker.controller !== null,
      storage: sessionStorage,
      reload: () => {
        location.reload();
      },
    },
    () =>
      worker.start({
        // Under a base path the worker lives there too (and so does its scope).
        serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
        onUnhandledRequest: 'bypass',
        quiet: true,
      }),
  );
}
