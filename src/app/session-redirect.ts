import type { createMemoryRouter } from 'react-router';
import { session, sourceKey } from '@/api/session';
import { paths } from '@/config/paths';
import { withoutBase } from '@/lib/base-path';
import type { LazyQueryClient } from './lazy-query-client';

type AppRouter = ReturnType<typeof createMemoryRouter>;

/**
 * The one place that sends people to the sign-in screen when a session ends by
 * itself: a 401 anywhere (a page, a background sweep), or a sign-out or expiry
 * in another tab. That server's cached data goes first. A session ends once
 * (`session.end` ignores an ended one), so five requests failing together make
 * one trip, and the login page brings the user back where they were.
 */
export function redirectWhenSessionEnds(
  router: AppRouter,
  queryClient: LazyQueryClient,
): () => void {
  return session.onChange((change) => {
    if (change.value) return;
    queryClient.current()?.removeQueries({ queryKey: sourceKey(change.kind) });
    // Signing out here: the sign-out button chooses where to go.
    if (change.reason === 'signed-out' && !change.remote) return;
    // During a navigation the user is headed for the pending location: come back there.
    const location = router.state.navigation.location ?? router.state.location;
    // The router's own locations include the base path; app paths do not.
    const pathname = withoutBase(location.pathname);
    const { search, hash } = location;
    if (pathname === paths.login()) return;
    void router.navigate(
      paths.login({
        from: pathname + search + hash,
        kind: change.kind,
        reason: change.reason === 'expired' ? 'expired' : 'signed-out',
      }),
      { replace: true },
    );
  });
}
