/**
 * The VM-name index in memory, once per Enterprise Manager sign-in: built in
 * the background by one paged sweep, searchable while it runs, cancellable and
 * refreshable. A new or ended EM session drops it (and stops a running sweep).
 */
import { useEffect, useSyncExternalStore } from 'react';
import { buildVmIndex, type VmIndexEntry } from '@/api/em/vm-index';
import { session } from '@/api/session';

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

export class VmIndexStore {
  private state: VmIndexState = initial;
  private readonly listeners = new Set<() => void>();
  private controller: AbortController | null = null;
  /** The EM session token the current index belongs to. */
  private owner: string | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly build = buildVmIndex) {
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

  /** Starts a sweep unless this sign-in already has an index or one is running. */
  ensure(): void {
    const token = session.get('em')?.token ?? null;
    if (!token) return;
    if (token !== this.owner) this.reset();
    if (this.state.status === 'idle') this.start();
  }

  /** A fresh sweep; the current names stay searchable until it finishes. */
  refresh(): void {
    if (!session.get('em')) return;
    this.start();
  }

  cancel(): void {
    if (!this.controller) return;
    this.controller.abort();
    this.controller = null;
    this.set({ status: 'cancelled', progress: null });
  }

  /** Stops a sweep nobody waits for; the next `ensure` starts over unless a complete index is kept. */
  private stop(): void {
    if (!this.controller) return;
    this.controller.abort();
    this.controller = null;
    this.set(this.state.complete ? { status: 'ready', progress: null } : { ...initial });
  }

  /** Forgets everything (sign-out, another user). */
  reset(): void {
    this.controller?.abort();
    this.controller = null;
    this.owner = session.get('em')?.token ?? null;
    this.set(initial);
  }

  private start(): void {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.owner = session.get('em')?.token ?? null;
    const keepOld = this.state.complete;
    this.set({
      status: 'building',
      progress: { pagesDone: 0, pagesTotal: null, points: 0 },
      error: null,
    });
    const current = () => this.controller === controller;
    this.build({
      signal: controller.signal,
      onProgress: ({ pagesDone, pagesTotal, points, entries }) => {
        if (!current()) return;
        this.set({
          progress: { pagesDone, pagesTotal, points },
          ...(keepOld ? {} : { entries, complete: false }),
        });
      },
    }).then(
      (index) => {
        if (!current()) return;
        this.controller = null;
        this.set({
          status: 'ready',
          entries: index.entries,
          complete: true,
          builtAt: index.startedAt,
          progress: null,
        });
      },
      (error: unknown) => {
        if (!current()) return;
        this.controller = null;
        this.set({ status: 'error', error, progress: null });
      },
    );
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
