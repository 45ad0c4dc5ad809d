/** Demo mode: both mock servers run in a service worker inside the browser. */
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { createScenarios } from './scenarios';

/** `?scenario=hostileNames`: the demo's data with every name a hostile string. */
export async function startDemoWorker(scenario: string | null): Promise<void> {
  const handlers = createHandlers({
    em: { sessionStorage: window.sessionStorage },
    hostileNames: scenario === 'hostileNames',
  });
  const worker = setupWorker(...handlers);
  const scenarios = createScenarios(handlers);
  const overrides = scenario ? scenarios[scenario] : undefined;
  if (overrides) worker.use(...overrides);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
