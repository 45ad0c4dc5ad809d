import { describe, expect, it } from 'vitest';
import type { VmIndex, VmIndexEntry, VmIndexProgress, buildVmIndex } from '@/api/em/vm-index';
import { session } from '@/api/session';
import { VmIndexStore } from './vm-index-store';

const entry = (name: string): VmIndexEntry => ({
  key: name.toLowerCase(),
  name,
  count: 1,
  newest: {
    id: name,
    uid: null,
    name: `${name}@x`,
    time: new Date('2025-06-16T01:00:00Z'),
    pointType: 'Full',
  },
  oldest: new Date('2025-06-16T01:00:00Z'),
  backupServers: [],
});

/** A build function the test drives by hand: progress, finish, fail. */
function fakeBuild() {
  const runs: {
    signal: AbortSignal | undefined;
    progress: (p: VmIndexProgress) => void;
    finish: (entries: VmIndexEntry[]) => void;
    fail: (error: unknown) => void;
  }[] = [];
  const build: typeof buildVmIndex = (options) =>
    new Promise<VmIndex>((resolve, reject) => {
      runs.push({
        signal: options?.signal,
        progress: (p) => options?.onProgress?.(p),
        finish: (entries) => {
          resolve({
            entries,
            points: entries.length,
            pages: 1,
            startedAt: new Date('2025-06-16T12:05:00Z'),
            finishedAt: new Date('2025-06-16T12:06:00Z'),
          });
        },
        fail: reject,
      });
    });
  return { build, runs };
}

const signIn = (token: string) => {
  session.set('em', { token, sessionId: token, userName: 'DEMO\\operator' });
};
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('VM-name index store', () => {
  it('builds once per sign-in, searchable while it runs, and stamps the finished index', async () => {
    const { build, runs } = fakeBuild();
    const store = new VmIndexStore(build);
    store.ensure();
    expect(runs).toHaveLength(0); // no EM session, nothing to index
    signIn('a');
    store.ensure();
    store.ensure();
    expect(runs).toHaveLength(1);
    expect(store.getSnapshot()).toMatchObject({ status: 'building', complete: false });

    runs[0]?.progress({ pagesDone: 1, pagesTotal: 3, points: 1000, entries: [entry('sql01')] });
    expect(store.getSnapshot()).toMatchObject({
      status: 'building',
      progress: { pagesDone: 1, pagesTotal: 3, points: 1000 },
      entries: [{ name: 'sql01' }],
      complete: false,
    });

    runs[0]?.finish([entry('sql01'), entry('dc01')]);
    await flush();
    expect(store.getSnapshot()).toMatchObject({
      status: 'ready',
      complete: true,
      progress: null,
      builtAt: new Date('2025-06-16T12:05:00Z'),
    });
    expect(store.getSnapshot().entries).toHaveLength(2);
    store.ensure();
    expect(runs).toHaveLength(1);
  });

  it('keeps the old names searchable during a refresh, and after a cancelled refresh', async () => {
    const { build, runs } = fakeBuild();
    const store = new VmIndexStore(build);
    signIn('b');
    store.ensure();
    runs[0]?.finish([entry('sql01')]);
    await flush();

    store.refresh();
    runs[1]?.progress({ pagesDone: 1, pagesTotal: 2, points: 10, entries: [entry('new01')] });
    expect(store.getSnapshot()).toMatchObject({
      status: 'building',
      complete: true,
      entries: [{ name: 'sql01' }],
    });

    store.cancel();
    expect(runs[1]?.signal?.aborted).toBe(true);
    expect(store.getSnapshot()).toMatchObject({
      status: 'cancelled',
      complete: true,
      entries: [{ name: 'sql01' }],
    });
  });

  it('keeps partial names after a cancelled first sweep, and reports failures', async () => {
    const { build, runs } = fakeBuild();
    const store = new VmIndexStore(build);
    signIn('c');
    store.ensure();
    runs[0]?.progress({ pagesDone: 1, pagesTotal: 5, points: 1000, entries: [entry('web01')] });
    store.cancel();
    expect(store.getSnapshot()).toMatchObject({
      status: 'cancelled',
      complete: false,
      entries: [{ name: 'web01' }],
    });

    store.refresh();
    runs[1]?.fail(new Error('boom'));
    await flush();
    expect(store.getSnapshot()).toMatchObject({ status: 'error', complete: false });
    expect(store.getSnapshot().error).toBeInstanceOf(Error);
  });

  it('drops the index and stops the sweep when the EM session changes or ends', async () => {
    const { build, runs } = fakeBuild();
    const store = new VmIndexStore(build);
    signIn('d');
    store.ensure();
    runs[0]?.finish([entry('sql01')]);
    await flush();
    store.refresh();

    session.clear('em');
    expect(runs[1]?.signal?.aborted).toBe(true);
    expect(store.getSnapshot()).toMatchObject({
      status: 'idle',
      entries: [],
      complete: false,
      builtAt: null,
    });
    runs[1]?.finish([entry('late')]); // a late answer of the old sweep changes nothing
    await flush();
    expect(store.getSnapshot().entries).toEqual([]);

    signIn('e');
    store.ensure();
    expect(runs).toHaveLength(3);
  });

  it('drops the index and stops the sweep when another sign-in replaces the session', async () => {
    const { build, runs } = fakeBuild();
    const store = new VmIndexStore(build);
    signIn('old-token');
    store.ensure();
    runs[0]?.finish([entry('sql01')]);
    await flush();
    store.refresh();
    expect(store.getSnapshot().entries).toEqual([entry('sql01')]);

    // Still signed in, but as a new session: the old names and sweep belong to the old one.
    signIn('new-token');
    expect(runs[1]?.signal?.aborted).toBe(true);
    expect(store.getSnapshot()).toMatchObject({ status: 'idle', entries: [], builtAt: null });
    runs[1]?.finish([entry('late')]);
    await flush();
    expect(store.getSnapshot().entries).toEqual([]);

    store.ensure();
    expect(runs).toHaveLength(3);
    runs[2]?.finish([entry('web01')]);
    await flush();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', entries: [entry('web01')] });
  });

  it('stops a running sweep when nobody shows the index any more', async () => {
    const { build, runs } = fakeBuild();
    const store = new VmIndexStore(build);
    signIn('f');
    const unsubscribe = store.subscribe(() => undefined);
    store.ensure();
    unsubscribe();
    await flush();
    expect(runs[0]?.signal?.aborted).toBe(true);
    expect(store.getSnapshot().status).toBe('idle');
    store.ensure();
    expect(runs).toHaveLength(2);
  });
});
