import type { QueryClient } from '@tanstack/react-query';
import { signOutEm } from '@/api/em/auth';
import { signOutM365 } from '@/api/m365/auth';
import { sourceKey, type SessionKind } from '@/api/session';

type SignOut = () => Promise<void>;
const signOuts: Partial<Record<SessionKind, SignOut>> = { em: signOutEm, m365: signOutM365 };

/** Lets the Microsoft 365 module add its sign-out without the shell importing it. */
export function registerSignOut(kind: SessionKind, signOut: SignOut): void {
  signOuts[kind] = signOut;
}

/** Ends the server session (best effort), forgets it, and drops that server's cached data. */
export async function signOut(kind: SessionKind, queryClient: QueryClient): Promise<void> {
  try {
    await signOuts[kind]?.();
  } finally {
    queryClient.removeQueries({ queryKey: sourceKey(kind) });
  }
}
