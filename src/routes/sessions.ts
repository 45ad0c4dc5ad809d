/** Who is signed in, for components (signing out: sign-out.ts). */
import { useSyncExternalStore } from 'react';
import { session } from '@/api/session';

/** Re-renders when either sign-in changes. */
export function useSessions() {
  const em = useSyncExternalStore(session.subscribe, () => session.get('em'));
  const m365 = useSyncExternalStore(session.subscribe, () => session.get('m365'));
  return { em, m365 };
}
