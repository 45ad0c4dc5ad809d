import { describe, expect, it } from 'vitest';
import type { VmIndexEntry } from '@/api/em/vm-index/builder';
import type { StoredVmIndex } from '@/api/em/vm-index/storage';
import type { SweepOptions, VmIndex, VmIndexProgress } from '@/api/em/vm-index/sweep';
import { session } from '@/api/session';
import { VmIndexStore, type VmIndexStorage } from './vm-index-store';

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
    restorePointId: null,
    exact: true,
  },
  oldest: new Date('2025-06-16T01:00:00Z'),
  backupServers: [],
});

/** A build function the test drives by hand: progress, finish, fail. */
function fakeBuild() {
  const runs: {
    signal: AbortSignal | undefined;
    since: SweepOptions['since'];
    progress: (p: VmIndexProgress) => void;
    finish: (entries: VmIndexEntry[]) => void;
    fail: (error: unknown) => void;
  }[] = [];
  const build = (options: SweepOptions) =>
    new Promise<VmIndex>((resolve, reject) => {
      runs.push({
        signal: options.signal,
        since: options.since,
        progress: (p) => options.onProgress?.(p),
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

/** Storage in a Map, as IndexedDB would keep it for this browser. */
function memoryStorage(): VmIndexStorage & { kept: Map<string, StoredVmIndex> } {
  const kept = new Map<string, StoredVmIndex>();
  return {
    kept,
    load: (key) => Promise.resolve(kept.get(key) ?? null),
    save: (key, index) => {
      kept.set(key, index);
      return Promise.resolve();
    },
    remove: (key) => {
      kept.delete(key);
      return Promise.resolve();
    },
  };
}

/** A store over a fake sweep and memory storage. */
function createStore(now = new Date('2025-06-16T13:00:00Z')) {
  const { build, runs } = fakeBuild();
  const storage = memoryStorage();
  return { store: new VmIndexStore(build, storage, () => now), runs, storage };
}

describe('VM-name index store', () => {
  it('builds once per sign-in, searchable while it runs, and stamps the finished index', async () => {
    const { store, runs } = createStore();
    store.ensure();
    await flush();
    expect(runs).toHaveLength(0); // no EM session, nothing to index
    signIn('a');
    store.ensure();
    store.ensure();
    await flush();
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
    await flush();
    expect(runs).toHaveLength(1);
  });

  it('keeps the old names searchable during a refresh, and after a cancelled refresh', async () => {
    const { store, runs } = createStore();
    signIn('b');
    store.ensure();
    await flush();
    runs[0]?.finish([entry('sql01')]);
    await flush();

    store.refresh();

    await flush();
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
    const { store, runs } = createStore();
    signIn('c');
    store.ensure();
    await flush();
    runs[0]?.progress({ pagesDone: 1, pagesTotal: 5, points: 1000, entries: [entry('web01')] });
    store.cancel();
    expect(store.getSnapshot()).toMatchObject({
      status: 'cancelled',
      complete: false,
      entries: [{ name: 'web01' }],
    });

    store.refresh();

    await flush();
    runs[1]?.fail(new Error('boom'));
    await flush();
    expect(store.getSnapshot()).toMatchObject({ status: 'error', complete: false });
    expect(store.getSnapshot().error).toBeInstanceOf(Error);
  });

  it('drops the index and stops the sweep when the EM session changes or ends', async () => {
    const { store, runs } = createStore();
    signIn('d');
    store.ensure();
    await flush();
    runs[0]?.finish([entry('sql01')]);
    await flush();
    store.refresh();
    await flush();

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
    await flush();
    expect(runs).toHaveLength(3);
    runs[2]?.finish([entry('web01')]);
    await flush();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', entries: [entry('web01')] });
  });

  it('drops the index and stops the sweep when another sign-in replaces the session', async () => {
    const { store, runs } = createStore();
    signIn('old-token');
    store.ensure();
    await flush();
    runs[0]?.finish([entry('sql01')]);
    await flush();
    store.refresh();
    await flush();
    expect(store.getSnapshot().entries).toEqual([entry('sql01')]);

    // Still signed in, but as a new session: the old names and sweep belong to the old one.
    signIn('new-token');
    expect(runs[1]?.signal?.aborted).toBe(true);
    expect(store.getSnapshot()).toMatchObject({ status: 'idle', entries: [], builtAt: null });
    runs[1]?.finish([entry('late')]);
    await flush();
    expect(store.getSnapshot().entries).toEqual([]);

    store.ensure();
    await flush();
    expect(runs).toHaveLength(3);
  });

  it('stops a running sweep when nobody shows the index any more', async () => {
    const { store, runs } = createStore();
    signIn('f');
    const unsubscribe = store.subscribe(() => undefined);
    store.ensure();
    await flush();
    unsubscribe();
    await flush();
    expect(runs[0]?.signal?.aborted).toBe(true);
    expect(store.getSnapshot().status).toBe('idle');
    store.ensure();
    await flush();
    expect(runs).toHaveLength(2);
  });

  describe('kept in this browser', () => {
    const stored = (fullAt: string): StoredVmIndex => ({
      entries: [entry('kept01')],
      points: 1,
      startedAt: new Date('2025-06-16T10:00:00Z'),
      fullAt: new Date(fullAt),
    });
    const key = 'http://localhost:5173/|demo\\operator';

    it('a reload shows the stored index at once and asks only for what is new', async () => {
      const { store, runs, storage } = createStore();
      storage.kept.set(key, stored('2025-06-16T09:00:00Z'));
      signIn('g');
      store.ensure();
      await flush();
      expect(store.getSnapshot()).toMatchObject({
        status: 'building',
        complete: true,
        entries: [{ name: 'kept01' }],
        builtAt: new Date('2025-06-16T10:00:00Z'),
      });
      expect(runs[0]?.since?.startedAt).toEqual(new Date('2025-06-16T10:00:00Z'));
      runs[0]?.finish([entry('kept01'), entry('new01')]);
      await flush();
      expect(store.getSnapshot().entries).toHaveLength(2);
      expect(storage.kept.get(key)).toMatchObject({
        startedAt: new Date('2025-06-16T12:05:00Z'),
        fullAt: new Date('2025-06-16T09:00:00Z'), // an update, not a full sweep
      });
    });

    it('rebuilds in full when the stored index is older than the limit, or when asked', async () => {
      const { store, runs, storage } = createStore();
      storage.kept.set(key, stored('2025-06-15T12:59:00Z')); // 24 h and a minute ago
      signIn('h');
      store.ensure();
      await flush();
      expect(store.getSnapshot().entries).toEqual([expect.objectContaining({ name: 'kept01' })]);
      expect(runs[0]?.since).toBeUndefined();
      runs[0]?.finish([entry('full01')]);
      await flush();
      expect(storage.kept.get(key)?.fullAt).toEqual(new Date('2025-06-16T12:05:00Z'));
      store.refresh();
      await flush();
      expect(runs[1]?.since).toBeUndefined();
    });

    it('keeps names and points only, and sign-out deletes them', async () => {
      const { store, runs, storage } = createStore();
      signIn('secret-token');
      store.ensure();
      await flush();
      runs[0]?.finish([entry('sql01')]);
      await flush();
      expect(JSON.stringify([...storage.kept])).not.toContain('secret-token');
      await store.forget('DEMO\\operator');
      expect(storage.kept.size).toBe(0);
      expect(store.getSnapshot()).toMatchObject({ status: 'idle', entries: [] });
    });
  });
});
