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
 * its side: null, or the error it met (never a rejection).
 */
export function signOut(kind: SessionKind, queryClient: QueryClient): Promise<unknown> {
  queryClient.removeQueries({ queryKey: sourceKey(kind) });
  // Ends the session here synchronously, before its server call starts.
  return signOuts[kind]();
}
