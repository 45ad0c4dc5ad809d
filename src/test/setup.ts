import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { session } from '@/api/session';
import { server } from '@/mocks/node';

// findBy*/waitFor wait for what the page shows. Rendering a whole page (a 50-row table,
// a chart) in happy-dom takes 2–3 s of CPU; on a busy 2-core runner more than the
// default second, so the same bound as the browser tests' expect timeout.
configure({ asyncUtilTimeout: 10_000 });

// happy-dom has no FontFaceSet; Mantine's autosize textarea listens on document.fonts.
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget() });

/**
 * Requests no handler answered. msw's 'error' strategy only rejects that one fetch,
 * which the app may turn into an error message and carry on: collect them and fail
 * the test that sent them.
 */
const unhandled: string[] = [];
server.events.on('request:unhandled', ({ request }) => {
  unhandled.push(`${request.method} ${request.url}`);
});

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
  localStorage.clear();
  session.resetCache();
  const missed = unhandled.splice(0);
  if (missed.length) {
    throw new Error(`No mock handler answered these requests: ${missed.join(', ')}`);
  }
});
afterAll(() => {
  server.close();
});
