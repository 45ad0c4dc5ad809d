/** Demo mode: both mock servers run in a service worker inside the browser. */
import { setupWorker } from 'msw/browser';
import { config } from '@/config/env';
import { createHandlers } from './handlers';
import { createScenarios } from './scenarios';

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
  await worker.start({
    // Under a base path the worker lives there too (and so does its scope).
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  await untilControlled();
}

const reloadedKey = 'rpe.mock.reloaded-for-worker';

/**
 * msw's `start()` can resolve in a page its worker does not control, whose requests then pass
 * the mock (to a real server behind the same origin, which ends the demo's session): after a
 * hard reload, or when the page loaded while the worker was unregistering itself because its
 * last page had closed (a same-tab navigation can race that). msw reloads the page in the first
 * case without waiting for it; in both, a reload puts the worker in control. Once: a page still
 * not controlled after that gets an error, not a loop.
 */
async function untilControlled(): Promise<void> {
  if (navigator.serviceWorker.controller) {
    sessionStorage.removeItem(reloadedKey);
    return;
  }
  if (sessionStorage.getItem(reloadedKey)) {
    sessionStorage.removeItem(reloadedKey);
    throw new Error('its service worker does not control this page');
  }
  sessionStorage.setItem(reloadedKey, '1');
  location.reload();
  // The app must not start in this page: it is about to be replaced.
  await new Promise<never>(() => undefined);
}
