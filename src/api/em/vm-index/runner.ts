/**
 * Runs the index sweep in a Web Worker where there is one (browsers), else in
 * the page (tests). Cancelling ends the worker, and with it its requests.
 */
import { session } from '../../session';
import { receiveError, type FromWorker, type ToWorker } from './protocol';
import { buildVmIndex, type SweepOptions, type VmIndex } from './sweep';

export function runVmIndexSweep(options: SweepOptions): Promise<VmIndex> {
  const em = session.get('em');
  if (typeof Worker === 'undefined' || !em) return buildVmIndex(options);
  return new Promise<VmIndex>((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('The index sweep was cancelled.', 'AbortError'));
    };
    options.signal?.addEventListener('abort', stop, { once: true });
    const finish = () => {
      options.signal?.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'done') {
        finish();
        resolve(message.index);
      } else {
        finish();
        reject(receiveError(message.error));
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new Error(`The index worker failed: ${event.message}`));
    });
    const start: ToWorker = {
      type: 'build',
      session: em,
      now: new Date(),
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
      ...(options.since
        ? { since: { ...options.since, entries: [...options.since.entries] } }
        : {}),
    };
    worker.postMessage(start);
  });
}
