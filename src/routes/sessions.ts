/** Who is signed in, for components, and signing out of one server. */
import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { signOutEm } from '@/api/em/auth';
import { signOutM365 } from '@/api/m365/auth';
import { session, sourceKey, type SessionKind } from '@/api/session';
import { vmIndexStore } from './em/vms/vm-index-store';

/** Re-renders when either sign-in changes. */
export function useSessions() {
  const em = useSyncExternalStore(session.subscribe, () => session.get('em'));
  const m365 = useSyncExternalStore(session.subscribe, () => session.get('m365'));
  return { em, m365 };
}

const signOuts: Record<SessionKind, () => Promise<void>> = { em: signOutEm, m365: signOutM365 };

/**
 * Ends the server session (best effort), forgets it, drops that server's cached
 * data and, for Enterprise Manager, this user's stored VM-name index.
 */
export async function signOut(kind: SessionKind, queryClient: QueryClient): Promise<void> {
  const userName = session.get(kind)?.userName;
  try {
    await signOuts[kind]();
  } finally {
    queryClient.removeQueries({ queryKey: sourceKey(kind) });
    if (kind === 'em' && userName) await vmIndexStore.forget(userName);
  }
}
