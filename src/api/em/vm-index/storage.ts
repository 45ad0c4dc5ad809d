/**
 * The finished index, kept in this browser's IndexedDB per server and user, so
 * a reload or a second tab is searchable at once and only asks for what is
 * new. It holds VM names and their newest points — what the user may see
 * anyway — never a session id, token or password. Sign-out deletes it.
 * IndexedDB rather than handing it over from an open tab: it also serves the
 * first tab after a browser restart, and a few thousand entries are small.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { basePath } from '@/lib/base-path';
import type { VmIndexEntry } from './builder';

export interface StoredVmIndex {
  entries: VmIndexEntry[];
  points: number;
  /** When the sweep behind these entries started (an update's, when updated). */
  startedAt: Date;
  /** When the last full sweep started: updates fold into it until it is too old. */
  fullAt: Date;
}

const STORE = 'indexes';
let db: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> | null {
  if (typeof indexedDB === 'undefined') return null;
  db ??= openDB('rpe-vm-index', 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  return db;
}

/** One index per app location and EM user (the app talks to one Enterprise Manager). */
export function storageKey(userName: string): string {
  const where = typeof location === 'undefined' ? '' : location.origin;
  return `${where}${basePath()}|${userName.toLowerCase()}`;
}

/** Storage that fails (private mode, quota) only costs speed: every call settles quietly. */
export async function loadVmIndex(key: string): Promise<StoredVmIndex | null> {
  try {
    const stored: unknown = await (await open())?.get(STORE, key);
    return isStored(stored) ? stored : null;
  } catch {
    return null;
  }
}

export async function saveVmIndex(key: string, index: StoredVmIndex): Promise<void> {
  try {
    await (await open())?.put(STORE, index, key);
  } catch {
    // Not kept: the next page load builds it again.
  }
}

export async function deleteVmIndex(key: string): Promise<void> {
  try {
    await (await open())?.delete(STORE, key);
  } catch {
    // Nothing stored, or storage unavailable.
  }
}

function isStored(value: unknown): value is StoredVmIndex {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<StoredVmIndex>;
  return (
    Array.isArray(record.entries) &&
    typeof record.points === 'number' &&
    record.startedAt instanceof Date &&
    record.fullAt instanceof Date
  );
}
