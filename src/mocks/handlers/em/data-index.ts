/**
 * Lookups over the EM store, built once per handler set: an id finds its row through the table
 * and a sub-collection is one group of rows by parent, so no request scans a collection.
 */
import type { EmStore, EmTable } from '@/mocks/fixtures/em-store';
import type {
  EmBackup,
  EmBackupFile,
  EmRepository,
  EmRestorePoint,
  EmVmRestorePoint,
} from '@/mocks/fixtures/em-types';
import { groupRows, type RowGroups } from './row-groups';

/** The children of a parent, in the children's natural order. */
export interface Children<T> {
  of(parentId: string): T[];
}

function children<T>(
  parents: EmTable<unknown>,
  items: EmTable<T>,
  parentOf: ArrayLike<number>,
): Children<T> {
  let groups: RowGroups | undefined;
  return {
    of(parentId) {
      const parent = parents.rowOf(parentId);
      if (parent === undefined) return [];
      groups ??= groupRows(parentOf, parents.count);
      return Array.from(groups.rows(parent), (row) => items.at(row));
    },
  };
}

export interface EmIndex extends Omit<EmStore, 'scale' | 'columns'> {
  store: EmStore;
  repositoriesByServer: Children<EmRepository>;
  childBackups: Children<EmBackup>;
  restorePointsByBackup: Children<EmRestorePoint>;
  backupFilesByBackup: Children<EmBackupFile>;
  backupFilesByRestorePoint: Children<EmBackupFile>;
  vmRestorePointsByRestorePoint: Children<EmVmRestorePoint>;
  vmRestorePointsByBackupFile: Children<EmVmRestorePoint>;
}

export function createEmIndex(store: EmStore): EmIndex {
  const c = store.columns;
  return {
    store,
    backupServers: store.backupServers,
    repositories: store.repositories,
    backups: store.backups,
    restorePoints: store.restorePoints,
    backupFiles: store.backupFiles,
    vmRestorePoints: store.vmRestorePoints,
    repositoriesByServer: children(store.backupServers, store.repositories, c.repositoryServer),
    childBackups: children(store.backups, store.backups, c.backupParent),
    restorePointsByBackup: children(store.backups, store.restorePoints, c.restorePointBackup),
    backupFilesByBackup: children(store.backups, store.backupFiles, c.backupFileBackup),
    backupFilesByRestorePoint: children(
      store.restorePoints,
      store.backupFiles,
      c.backupFileRestorePoint,
    ),
    vmRestorePointsByRestorePoint: children(
      store.restorePoints,
      store.vmRestorePoints,
      c.vmPointRestorePoint,
    ),
    vmRestorePointsByBackupFile: children(
      store.backupFiles,
      store.vmRestorePoints,
      c.vmPointBackupFile,
    ),
  };
}

/** Path ids arrive in any casing; unknown or malformed ids simply miss. */
export function lookup<T>(table: EmTable<T>, id: string | undefined | null): T | undefined {
  const row = id ? table.rowOf(id) : undefined;
  return row === undefined ? undefined : table.at(row);
}

/** The Name of an id's item (for `Up` links) without building the item at `large` scale. */
export function nameOf(table: EmTable<unknown>, id: string | undefined | null): string | undefined {
  const row = id ? table.rowOf(id) : undefined;
  return row === undefined ? undefined : table.nameOf(row);
}

export const childrenOf = <T>(children: Children<T>, id: string): readonly T[] => children.of(id);

/** Every item of a table, for the unpaged collections (a real server sends them all too). */
export const allOf = <T>(table: EmTable<T>): T[] =>
  Array.from({ length: table.count }, (_, row) => table.at(row));
