/**
 * Lookups over EmData built once per handler set: handlers see 50k-item data sets in benchmarks,
 * so every id and parent lookup is a Map hit instead of a scan.
 */
import type {
  EmBackup,
  EmBackupFile,
  EmBackupServer,
  EmData,
  EmRepository,
  EmRestorePoint,
  EmVmRestorePoint,
} from '@/mocks/fixtures/em-types';

export interface EmIndex {
  data: EmData;
  backupServers: Map<string, EmBackupServer>;
  repositories: Map<string, EmRepository>;
  backups: Map<string, EmBackup>;
  restorePoints: Map<string, EmRestorePoint>;
  backupFiles: Map<string, EmBackupFile>;
  vmRestorePoints: Map<string, EmVmRestorePoint>;
  repositoriesByServer: Map<string, EmRepository[]>;
  childBackups: Map<string, EmBackup[]>;
  restorePointsByBackup: Map<string, EmRestorePoint[]>;
  backupFilesByBackup: Map<string, EmBackupFile[]>;
  backupFilesByRestorePoint: Map<string, EmBackupFile[]>;
  vmRestorePointsByRestorePoint: Map<string, EmVmRestorePoint[]>;
  vmRestorePointsByBackupFile: Map<string, EmVmRestorePoint[]>;
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> =>
  new Map(items.map((item) => [item.id.toLowerCase(), item]));

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item)?.toLowerCase();
    if (!k) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function createEmIndex(data: EmData): EmIndex {
  return {
    data,
    backupServers: byId(data.backupServers),
    repositories: byId(data.repositories),
    backups: byId(data.backups),
    restorePoints: byId(data.restorePoints),
    backupFiles: byId(data.backupFiles),
    vmRestorePoints: byId(data.vmRestorePoints),
    repositoriesByServer: groupBy(data.repositories, (r) => r.backupServerId),
    childBackups: groupBy(data.backups, (b) => b.parentBackupId),
    restorePointsByBackup: groupBy(data.restorePoints, (p) => p.backupId),
    backupFilesByBackup: groupBy(data.backupFiles, (f) => f.backupId),
    backupFilesByRestorePoint: groupBy(data.backupFiles, (f) => f.restorePointId),
    vmRestorePointsByRestorePoint: groupBy(data.vmRestorePoints, (p) => p.restorePointId),
    vmRestorePointsByBackupFile: groupBy(data.vmRestorePoints, (p) => p.backupFileId),
  };
}

/** Path ids arrive in any casing; unknown or malformed ids simply miss. */
export const lookup = <T>(map: Map<string, T>, id: string | undefined): T | undefined =>
  id === undefined ? undefined : map.get(id.toLowerCase());

export const childrenOf = <T>(map: Map<string, T[]>, id: string): readonly T[] =>
  map.get(id.toLowerCase()) ?? [];
