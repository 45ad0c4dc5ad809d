import { describe, expect, it, vi } from 'vitest';
import { startInControl } from './worker-control';

/**
 * A tab whose page msw controls or not once started (`afterStart`), and before (`before`);
 * `stored`: its sessionStorage, kept across a reload.
 */
function tab(afterStart: boolean, before = false, stored = new Map<string, string>()) {
  let controlled = before;
  return {
    stored,
    start: vi.fn(() => {
      controlled = afterStart;
      return Promise.resolve();
    }),
    page: {
      controlled: () => controlled,
      storage: {
        getItem: (key: string) => stored.get(key) ?? null,
        setItem: (key: string, value: string) => stored.set(key, value),
        removeItem: (key: string) => stored.delete(key),
      },
      reload: vi.fn<() => void>(),
    },
  };
}

/** Settled or not, once pending microtasks have run. */
async function state(promise: Promise<void>) {
  const pending = Symbol('pending');
  const result = await Promise.race([
    promise.then(
      () => 'resolved',
      (error: unknown) => `rejected: ${(error as Error).message}`,
    ),
    new Promise((resolve) => setTimeout(resolve, 0, pending)),
  ]);
  return result === pending ? 'pending' : result;
}

describe('the demo starts only in a page its mock worker controls', () => {
  it('starts once msw has the page (a first visit: msw registers and claims it)', async () => {
    const { page, start } = tab(true);
    expect(await state(startInControl(page, start))).toBe('resolved');
    expect(start).toHaveBeenCalledTimes(1);
    expect(page.reload).not.toHaveBeenCalled();
  });

  it('reloads a page msw started in without control, and never starts the app in it', async () => {
    const { page, start } = tab(false);
    expect(await state(startInControl(page, start))).toBe('pending');
    expect(page.reload).toHaveBeenCalledTimes(1);
  });

  it('after that reload: starts when controlled, and forgets the reload', async () => {
    const first = tab(false);
    expect(await state(startInControl(first.page, first.start))).toBe('pending');
    const second = tab(true, true, first.stored);
    expect(await state(startInControl(second.page, second.start))).toBe('resolved');
    expect(second.start).toHaveBeenCalledTimes(1);
    expect(second.page.reload).not.toHaveBeenCalled();
    expect(second.stored.size).toBe(0);
  });

  it('counts a reload msw makes itself while starting (the page goes before start resolves)', async () => {
    const first = tab(false);
    first.start.mockReturnValue(new Promise(() => undefined));
    expect(await state(startInControl(first.page, first.start))).toBe('pending');
    const second = tab(false, false, first.stored);
    expect(await state(startInControl(second.page, second.start))).toBe(
      'rejected: its service worker does not control this page',
    );
    expect(second.start).not.toHaveBeenCalled();
  });

  it('a start that fails leaves nothing behind for the next load', async () => {
    const { page, start, stored } = tab(false);
    start.mockRejectedValue(new Error('no service workers here'));
    expect(await state(startInControl(page, start))).toBe('rejected: no service workers here');
    expect(stored.size).toBe(0);
    expect(page.reload).not.toHaveBeenCalled();
  });

  it('still not controlled after its reload: an error, without starting msw again', async () => {
    const { page, start, stored } = tab(false);
    expect(await state(startInControl(page, start))).toBe('pending');
    expect(await state(startInControl(page, start))).toBe(
      'rejected: its service worker does not control this page',
    );
    expect(start).toHaveBeenCalledTimes(1);
    expect(page.reload).toHaveBeenCalledTimes(1);
    // The next load (the user's reload) may try again.
    expect(stored.size).toBe(0);
  });
});
