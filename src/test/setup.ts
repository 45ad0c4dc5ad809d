import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { session } from '@/api/session';
import { server } from '@/mocks/node';

// findBy*/waitFor wait for what the page shows. Rendering a whole page (a table of rows,
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
const onUnhandled = ({ request }: { request: Request }) => {
  unhandled.push(`${request.method} ${request.url}`);
};

beforeAll(() => {
  server.events.on('request:unhandled', onUnhandled);
  server.listen({ onUnhandledRequest: 'error' });
});
// The files of a worker share one DOM and module graph (vite.config.ts): each test leaves
// them as it found them.
afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
  localStorage.clear();
  session.resetCache();
  notifications.clean();
  notifications.cleanQueue();
  const missed = unhandled.splice(0);
  if (missed.length) {
    throw new Error(`No mock handler answered these requests: ${missed.join(', ')}`);
  }
});
afterAll(() => {
  server.events.removeListener('request:unhandled', onUnhandled);
  server.close();
  vi.useRealTimers();
});
