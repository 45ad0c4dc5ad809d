const reloadedKey = 'rpe.mock.reloaded-for-worker';

interface PageState {
  /** Whether the mock's service worker controls this page (`navigator.serviceWorker.controller`). */
  controlled: () => boolean;
  /** The tab's sessionStorage: it remembers our reload across it. */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  reload: () => void;
}

/**
 * Starts the mock's worker (`start`) and resolves only in a page that worker controls. msw's
 * `start()` can resolve in a page it does not control, whose requests then pass the mock (to a
 * real server behind the same origin, which ends the demo's session): after a hard reload, or
 * a load that raced the worker unregistering itself when its last page closed. msw reloads
 * such a page without waiting for it; so do we, and start nothing in it. A page still not
 * controlled after that reload (ours or msw's) gets an error instead, before msw is started
 * again (msw would reload it for ever).
 */
export async function startInControl(page: PageState, start: () => Promise<unknown>) {
  const reloaded = page.storage.getItem(reloadedKey) !== null;
  if (reloaded && !page.controlled()) {
    page.storage.removeItem(reloadedKey);
    throw new Error('its service worker does not control this page');
  }
  // Marked before msw starts: msw may reload the page itself, before `start()` resolves.
  if (page.controlled()) page.storage.removeItem(reloadedKey);
  else page.storage.setItem(reloadedKey, '1');
  try {
    await start();
  } catch (error) {
    page.storage.removeItem(reloadedKey);
    throw error;
  }
  if (page.controlled()) {
    page.storage.removeItem(reloadedKey);
    return;
  }
  page.reload();
  // The app must not start in this page: it is about to be replaced.
  await new Promise<never>(() => undefined);
}
