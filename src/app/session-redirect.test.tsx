import { screen } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { emGet } from '@/api/em/http';
import { session } from '@/api/session';
import { scenarios, server } from '@/mocks/node';
import { renderRoute, signInToEm } from '@/test/render';

/** expect.poll gives up after 1 s by default; the page's own waits have the suite's 10 s. */
const POLL = { timeout: 10_000 };
const backupsHeading = () => screen.findByRole('heading', { level: 1, name: 'Backups' });

/** What the cache still holds of Enterprise Manager's data. */
function cachedEmData(queryClient: QueryClient): unknown[] {
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: ['em'] })
    .flatMap((query) => (query.state.data === undefined ? [] : [query.queryKey]));
}

/** Every location the router reached, in order. */
function recordLocations(router: ReturnType<typeof renderRoute>['router']) {
  const seen: string[] = [];
  router.subscribe((state) => {
    const here = state.location.pathname + state.location.search;
    if (seen.at(-1) !== here) seen.push(here);
  });
  return seen;
}

describe('when a session ends by itself', () => {
  it('five requests failing at once make one trip to the login screen, keeping the way back', async () => {
    await signInToEm();
    const { router, queryClient } = renderRoute('/backups?q=sql');
    expect(await backupsHeading()).toBeInTheDocument();
    const locations = recordLocations(router);

    // Five background requests (say, a sweep) meet a server that forgot the session.
    server.use(...(scenarios.sessionExpired ?? []));
    const sentAfterTheEnd: string[] = [];
    const stop = session.onChange(() => {
      server.events.on('request:start', ({ request }) => sentAfterTheEnd.push(request.url));
    });
    await Promise.allSettled(
      Array.from({ length: 5 }, (_, index) =>
        queryClient.query({
          queryKey: ['em', 'test', index],
          queryFn: ({ signal }) => emGet(`/api/backups?page=${String(index)}`, z.unknown(), signal),
          retry: false,
        }),
      ),
    );

    await expect.poll(() => router.state.location.pathname, POLL).toBe('/login');
    await screen.findByRole('form', { name: 'Sign in to Enterprise Manager' });
    expect(screen.getByText('Your session has ended')).toBeInTheDocument();
    stop();
    server.events.removeAllListeners('request:start');
    const logins = locations.filter((location) => location.startsWith('/login'));
    expect(logins).toHaveLength(1);
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('from')).toBe('/backups?q=sql');
    expect(params.get('reason')).toBe('expired');
    expect(cachedEmData(queryClient)).toEqual([]);
    // Nothing was sent with the dead session once it ended (the page still on screen included).
    expect(sentAfterTheEnd).toEqual([]);
  });

  it('a sign-out in another tab signs this tab out too, and says so', async () => {
    await signInToEm();
    const { router, queryClient } = renderRoute('/backups');
    expect(await backupsHeading()).toBeInTheDocument();
    session.applyRemote('em', null, 'signed-out');
    expect(cachedEmData(queryClient)).toEqual([]);
    expect(await screen.findByText('You signed out in another tab')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('from')).toBe('/backups');
  });
});
