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

const signOuts: Record<SessionKind, () => Promise<void>> = { em: signOutEm, m365: signOutM365 };

/** Ends the server session (best effort), forgets it, and drops that server's cached data. */
export async function signOut(kind: SessionKind, queryClient: QueryClient): Promise<void> {
  try {
    await signOuts[kind]();
  } finally {
    queryClient.removeQueries({ queryKey: sourceKey(kind) });
  }
}
