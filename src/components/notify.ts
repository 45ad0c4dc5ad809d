/**
 * Notifications report the result of a user action (an export, a copy, a sign-out). Mantine's
 * notification stack (with its transitions and scroll locking, about 10 KB gzip) is not part
 * of the first load: the first `notify` loads it, and the app's NotificationsHost mounts it.
 */
import type { NotificationData } from '@mantine/notifications';

let requested = false;
const listeners = new Set<() => void>();

export function notify(data: NotificationData): void {
  if (!requested) {
    requested = true;
    listeners.forEach((listener) => {
      listener();
    });
  }
  import('@mantine/notifications')
    .then(({ notifications }) => notifications.show(data))
    .catch(() => undefined); // the app's code no longer loads (offline): nothing to show it with
}

/** Whether anything was notified yet, for the host (useSyncExternalStore). */
export const notifyRequested = {
  get: () => requested,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
