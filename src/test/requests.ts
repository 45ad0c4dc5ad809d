import { onTestFinished } from 'vitest';
import { server } from '@/mocks/node';

/**
 * Every request the app sends from now until the current test ends, in order.
 * Recorded synchronously as each starts, so a count read right after an awaited call
 * is complete; each is a clone, so its body can still be read. The listener goes
 * when the test finishes, whether it passed or failed.
 */
export function recordRequests(): Request[] {
  const seen: Request[] = [];
  const listener = ({ request }: { request: Request }) => {
    seen.push(request.clone());
  };
  server.events.on('request:start', listener);
  onTestFinished(() => {
    server.events.removeListener('request:start', listener);
  });
  return seen;
}

/** The URLs of the recorded requests, for checks on paths and query strings. */
export const urls = (requests: readonly Request[]): URL[] =>
  requests.map((request) => new URL(request.url));
