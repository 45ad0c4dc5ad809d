/**
 * The index sweep off the main thread: fetching, parsing and folding a
 * thousand-point page never blocks the page. It holds the EM session in
 * memory only, for its own requests, and reports progress a few times a second.
 */
import { session } from '../../session';
import { sendError, type FromWorker, type ToWorker } from './protocol';
import { buildVmIndex, type VmIndexProgress } from './sweep';

const PROGRESS_EVERY_MS = 250;
/** Copying every entry to the page costs it time: the names found so far go less often. */
const ENTRIES_EVERY_MS = 2000;
const post = (message: FromWorker) => {
  postMessage(message);
};

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const { session: em, now, pageSize, since } = event.data;
  session.set('em', em);
  // Stamps on the page's clock (they are compared with it), advancing with the worker's.
  const offset = now.getTime() - Date.now();
  let last = 0;
  let lastEntries = 0;
  let pending: VmIndexProgress | null = null;
  const flush = () => {
    if (!pending) return;
    const { entries, ...counts } = pending;
    const withEntries = lastEntries === 0 || Date.now() - lastEntries >= ENTRIES_EVERY_MS;
    if (withEntries) lastEntries = Date.now();
    post({ type: 'progress', progress: withEntries && entries ? { ...counts, entries } : counts });
    pending = null;
  };
  buildVmIndex({
    now: () => new Date(Date.now() + offset),
    ...(pageSize ? { pageSize } : {}),
    ...(since ? { since } : {}),
    onProgress: (progress) => {
      pending = progress;
      if (Date.now() - last >= PROGRESS_EVERY_MS) {
        last = Date.now();
        flush();
      }
    },
  }).then(
    (index) => {
      flush();
      post({ type: 'done', index });
    },
    (error: unknown) => {
      post({ type: 'error', error: sendError(error) });
    },
  );
});
