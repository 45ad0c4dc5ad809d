/**
 * Signing out of one server. Apart from sessions.ts because it needs the API modules
 * (client and schemas), which the sign-in screen does not load until the user signs in.
 */
import type { QueryClient } from '@tanstack/react-query';
import { signOutEm } from '@/api/em/auth';
import { signOutM365 } from '@/api/m365/auth';
import { session, sourceKey, type SessionKind } from '@/api/session';
import { vmIndexStore } from './em/vms/vm-index-store';

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
    // No stored index to delete (or no IndexedDB): nothing to do.
    await vmIndexStore.forget(userName).catch(() => undefined);
  }
  return ended;
}
