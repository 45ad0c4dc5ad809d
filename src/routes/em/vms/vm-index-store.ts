/**
 * The VM-name index for the signed-in Enterprise Manager user: shown at once
 * from this browser's copy when there is one (then brought up to date with
 * only what is new), else built in the background, searchable while it runs,
 * cancellable and refreshable. A new or ended EM session drops it from memory;
 * signing out also deletes the stored copy.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { VmIndexEntry } from '@/api/em/vm-index/builder';
import { runVmIndexSweep } from '@/api/em/vm-index/runner';
import {
  deleteVmIndex,
  loadVmIndex,
  saveVmIndex,
  storageKey,
  type StoredVmIndex,
} from '@/api/em/vm-index/storage';
import type { SweepOptions, VmIndex } from '@/api/em/vm-index/sweep';
import { session } from '@/api/session';
import { config } from '@/config/env';
import { HOUR_MS } from '@/lib/dates';

export type VmIndexStatus = 'idle' | 'building' | 'ready' | 'error' | 'cancelled';

export interface VmIndexState {
  status: VmIndexStatus;
  /** Searchable names: the last complete index, or what a first sweep has found so far. */
  entries: readonly VmIndexEntry[];
  /** `entries` come from a finished sweep. */
  complete: boolean;
  /** When the sweep behind `entries` started ("names as of"); null until one finishes. */
  builtAt: Date | null;
  /** The running sweep. */
  progress: { pagesDone: number; pagesTotal: number | null; points: number } | null;
  error: unknown;
}

const initial: VmIndexState = {
  status: 'idle',
  entries: [],
  complete: false,
  builtAt: null,
  progress: null,
  error: null,
};

export interface VmIndexStorage {
  load: (key: string) => Promise<StoredVmIndex | null>;
  save: (key: string, index: StoredVmIndex) => Promise<void>;
  remove: (key: string) => Promise<void>;
}

const browserStorage: VmIndexStorage = {
  load: loadVmIndex,
  save: saveVmIndex,
  remove: deleteVmIndex,
};

export class VmIndexStore {
  private state: VmIndexState = initial;
  private readonly listeners = new Set<() => void>();
  private controller: AbortController | null = null;
  /** The EM session token the current index belongs to. */
  private owner: string | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly build: (options: SweepOptions) => Promise<VmIndex> = runVmIndexSweep,
    private readonly storage: VmIndexStorage = browserStorage,
    private readonly now: () => Date = () => new Date(),
  ) {
    session.subscribe(() => {
      if ((session.get('em')?.token ?? null) !== this.owner) this.reset();
    });
  }

  getSnapshot = (): VmIndexState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    return () => {
      this.listeners.delete(listener);
      // Nobody shows the index any more (the app shell is gone): stop a running sweep.
      if (this.listeners.size === 0 && this.controller) {
        this.idleTimer = setTimeout(() => {
          if (this.listeners.size === 0) this.stop();
        }, 0);
      }
    };
  };

  /** Shows this user's stored index, or builds one, unless this sign-in already has one. */
  ensure(): void {
    const token = session.get('em')?.token ?? null;
    if (!token) return;
    if (token !== this.owner) this.reset();
    if (this.state.status === 'idle') void this.start(false);
  }

  /** A full fresh sweep; the current names stay searchable until it finishes. */
  refresh(): void {
    if (!session.get('em')) return;
    void this.start(true);
  }

  cancel(): void {
    if (!this.controller) return;
    this.controller.abort();
    this.controller = null;
    this.set({ status: 'cancelled', progress: null });
  }

  /** Signing out: forget the index and delete this user's stored copy. */
  async forget(userName: string): Promise<void> {
    this.reset();
    await this.storage.remove(storageKey(userName));
  }

  /** Stops a sweep nobody waits for; the next `ensure` starts over unless a complete index is kept. */
  private stop(): void {
    if (!this.controller) return;
    this.controller.abort();
    this.controller = null;
    this.set(this.state.complete ? { status: 'ready', progress: null } : { ...initial });
  }

  /** Forgets everything in memory (sign-out, another user). */
  reset(): void {
    this.controller?.abort();
    this.controller = null;
    this.owner = session.get('em')?.token ?? null;
    this.set(initial);
  }

  private async start(full: boolean): Promise<void> {
    const em = session.get('em');
    if (!em) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.owner = em.token;
    const current = () => this.controller === controller;
    const key = storageKey(em.userName);
    this.set({
      status: 'building',
      progress: { pagesDone: 0, pagesTotal: null, points: 0 },
      error: null,
    });

    let stored: StoredVmIndex | null = null;
    if (!full) {
      stored = await this.storage.load(key);
      if (!current()) return;
      if (stored) {
        this.set({ entries: stored.entries, complete: true, builtAt: stored.startedAt });
      }
    }
    const maxAge = config.vmIndexMaxAgeHours * HOUR_MS;
    const update =
      stored && this.now().getTime() - stored.fullAt.getTime() < maxAge ? stored : null;
    const keepOld = this.state.complete;
    try {
      const index = await this.build({
        signal: controller.signal,
        ...(update ? { since: update } : {}),
        onProgress: ({ pagesDone, pagesTotal, points, entries }) => {
          if (!current()) return;
          this.set({
            progress: { pagesDone, pagesTotal, points },
            ...(keepOld || !entries ? {} : { entries, complete: false }),
          });
        },
      });
      if (!current()) return;
      this.controller = null;
      this.set({
        status: 'ready',
        entries: index.entries,
        complete: true,
        builtAt: index.startedAt,
        progress: null,
      });
      await this.storage.save(key, {
        entries: index.entries,
        points: index.points,
        startedAt: index.startedAt,
        fullAt: update ? update.fullAt : index.startedAt,
      });
    } catch (error) {
      if (!current()) return;
      this.controller = null;
      this.set({ status: 'error', error, progress: null });
    }
  }

  private set(changes: Partial<VmIndexState>): void {
    this.state = { ...this.state, ...changes };
    this.listeners.forEach((listener) => {
      listener();
    });
  }
}

export const vmIndexStore = new VmIndexStore();

/** The index and its controls; with `autoStart`, starts the sweep for a signed-in EM session. */
export function useVmIndex(options: { autoStart?: boolean; store?: VmIndexStore } = {}) {
  const store = options.store ?? vmIndexStore;
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const token = useSyncExternalStore(session.subscribe, () => session.get('em')?.token ?? null);
  const { autoStart = false } = options;
  useEffect(() => {
    if (autoStart && token) store.ensure();
  }, [autoStart, token, store]);
  return {
    ...state,
    refresh: () => {
      store.refresh();
    },
    cancel: () => {
      store.cancel();
    },
    start: () => {
      store.ensure();
    },
  };
}
