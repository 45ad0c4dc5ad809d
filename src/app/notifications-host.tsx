import { lazy, Suspense, useSyncExternalStore } from 'react';
import { notifyRequested } from '@/components/notify';

const Notifications = lazy(() =>
  import('@mantine/notifications').then((module) => ({ default: module.Notifications })),
);

/**
 * Mantine's notification stack, mounted with the first notification (components/notify.ts).
 * One shown before the stack has loaded waits in Mantine's store and appears with it.
 */
export function NotificationsHost() {
  const requested = useSyncExternalStore(notifyRequested.subscribe, notifyRequested.get);
  return requested ? (
    <Suspense fallback={null}>
      <Notifications position="top-right" />
    </Suspense>
  ) : null;
}
