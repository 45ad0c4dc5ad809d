/** Demo mode: both mock servers run in a service worker inside the browser. */
import { setupWorker } from 'msw/browser';
import type { EmScale } from './fixtures/em-types';
import { createHandlers } from './handlers';
import { createScenarios } from './scenarios';

export async function startDemoWorker(options: {
  scenario: string | null;
  scale: EmScale;
}): Promise<void> {
  const { scenario, scale } = options;
  const started = performance.now();
  const handlers = createHandlers({ scale, em: { sessionStorage: window.sessionStorage } });
  // How long the data took: devtools' Performance panel shows it (and so can a benchmark).
  performance.measure(`demo data (${scale})`, { start: started });
  const worker = setupWorker(...handlers);
  const scenarios = createScenarios(handlers);
  const overrides = scenario ? scenarios[scenario] : undefined;
  if (overrides) worker.use(...overrides);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
