/** Who is signed in, for components, and signing out of one server. */
import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { signOutEm } from '@/api/em/auth';
import { signOutM365 } from '@/api/m365/auth';
import { session, sourceKey, type SessionKind } from '@/api/session';

/** Re-renders when either sign-in changes. */
export function useSessions() {
  const em = useSyncExternalStore(session.subscribe, () => session.get('em'));
  const m365 = useSyncExternalStore(session.subscribe, () => session.get('m365'));
  return { em, m365 };
}

const signOuts: Record<SessionKind, () => Promise<unknown>> = {
  em: signOutEm,
  m365: signOutM365,
};

/**
 * Forgets the session and drops that server's cached data at once, so nothing
 * refetches with it; the returned promise then tells whether the server ended
 * its side: null, or the error it met (never a rejection). Signing out of
 * Enterprise Manager also deletes this user's stored VM-name index.
 */
export async function signOut(kind: SessionKind, queryClient: QueryClient): Promise<unknown> {
  const userName = session.get(kind)?.userName;
  queryClient.removeQueries({ queryKey: sourceKey(kind) });
  // Ends the session here synchronously, before its server call starts.
  const ended = signOuts[kind]();
  if (kind === 'em' && userName) {
    // Loaded only now: the sign-in page, which shares this module, never needs the index.
    await import('./em/vms/vm-index-store')
      .then(({ vmIndexStore }) => vmIndexStore.forget(userName))
      .catch(() => undefined); // no stored index to delete (or no IndexedDB): nothing to do
  }
  return ended;
}
