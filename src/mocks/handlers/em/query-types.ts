/**
 * What the query service can return (docs/api-notes.md#query-service): per type, the queryable fields and how a row
 * is written. A field reads one row's value, normalised (lower-cased text, UTC milliseconds,
 * numbers, enum positions); the fields the app filters by also have an index for `==`, and each
 * type with a date keeps its rows in time order, so a page never needs a pass over every row.
 */
import type { EmTable } from '@/mocks/fixtures/em-store';
import { POINT_TYPE } from '@/mocks/fixtures/em-builders';
import {
  EM_ALGORITHMS,
  type EmBackupType,
  type EmPlatform,
  type EmPointType,
} from '@/mocks/fixtures/em-types';
import { backupFileRepresentation } from './backup-files';
import { backupServerRepresentation } from './backup-servers';
import { backupRepresentation } from './backups';
import type { EmContext } from './context';
import {
  memo,
  once,
  parentIndex,
  selfIndex,
  timeOrder,
  valueIndex,
  type EqualIndex,
  type TimeOrder,
} from './query-index';
import type { Json } from './respond';
import { restorePointRepresentation } from './restore-points';
import type { Representation } from './routes';
import { vmRestorePointRepresentation } from './vm-restore-points';

/** Text compares case-insensitively; everything else as numbers (enums by declared order). */
export type Column =
  | { kind: 'text'; get: (row: number) => string }
  | { kind: 'date' | 'number'; get: (row: number) => number }
  | { kind: 'enum'; get: (row: number) => number; names: readonly string[] };

interface Field {
  column: Column;
  /** Rows equal to a lower-cased value; without it, `==` tests rows one by one. */
  equal?: EqualIndex;
}

export interface QueryTarget {
  name: string;
  plural: string;
  count: number;
  /** Undefined for a field the type does not have; `field` in any casing. */
  field(field: string): Field | undefined;
  /** The date field (lower-cased) rows are kept in order of; index groups follow that order. */
  time?: { field: string; order: () => TimeOrder };
  ref: (row: number) => Record<string, Json>;
  entity: (row: number) => Record<string, Json>;
}

const PLATFORMS: readonly EmPlatform[] = [
  'VMware',
  'HyperV',
  'vCloud',
  'AgentForLinux',
  'AgentForWindows',
  'CustomPlatform',
];
const BACKUP_TYPES: readonly EmBackupType[] = ['Standard', 'ParentBackup', 'ChildBackup'];
const POINT_TYPES: readonly EmPointType[] = ['Full', 'Increment', 'ReverseIncrement'];

const text = (get: (row: number) => string, equal?: EqualIndex): Field => ({
  column: { kind: 'text', get: (row) => get(row).toLowerCase() },
  ...(equal && { equal }),
});
const date = (values: ArrayLike<number>): Field => ({
  column: { kind: 'date', get: (row) => values[row] ?? NaN },
});
const number = (get: (row: number) => number): Field => ({ column: { kind: 'number', get } });
function enumField(names: readonly string[], get: (row: number) => string): Field {
  const lower = names.map((name) => name.toLowerCase());
  return { column: { kind: 'enum', names, get: (row) => lower.indexOf(get(row).toLowerCase()) } };
}

function target<T>(
  table: EmTable<T>,
  rep: Representation<T>,
  fields: Record<string, Field>,
  time?: { field: string; order: () => TimeOrder },
): QueryTarget {
  const byName = new Map(Object.entries(fields).map(([name, f]) => [name.toLowerCase(), f]));
  return {
    name: rep.kind,
    plural: rep.plural,
    count: table.count,
    field: (field) => byName.get(field.toLowerCase()),
    ...(time && { time: { field: time.field.toLowerCase(), order: time.order } }),
    ref: (row) => rep.ref(table.at(row)),
    entity: (row) => rep.entity(table.at(row)),
  };
}

/** Query targets by lower-cased type name. */
export function createQueryTargets(ctx: EmContext): Map<string, QueryTarget> {
  const { store } = ctx.index;
  const { backupServers: servers, backups, restorePoints: points, columns: c } = store;
  const uids = <T extends { uid: string }>(table: EmTable<T>) =>
    memo(table.count, (row) => table.at(row).uid.toLowerCase());
  const serverUid = uids(servers);
  const backupUid = uids(backups);
  const pointUid = uids(points);
  const ofRow = (fn: (row: number) => string) => (row: number | undefined) =>
    row === undefined || row < 0 ? '' : fn(row);
  const serverOfBackup = (backup: number | undefined) =>
    backup === undefined || backup < 0 ? -1 : (c.backupServer[backup] ?? -1);
  /** UID and Name; Name gets an index on the small types people look up by name. */
  const identity = <T extends { uid: string }>(table: EmTable<T>, nameIndexed = false) => {
    const name = (row: number) => table.nameOf(row);
    const byName = valueIndex(
      table.count,
      (row) => name(row).toLowerCase(),
      () => undefined,
    );
    return {
      UID: text(uids(table), selfIndex(table, uids(table))),
      Name: text(name, nameIndexed ? byName : undefined),
    };
  };
  /** Backup and server of restore points, files and VM points, through their backup. */
  const owners = (backupOf: ArrayLike<number>, order: () => ArrayLike<number>) => {
    const serverRows = once(() => Int32Array.from(backupOf, serverOfBackup));
    return {
      BackupUid: text(
        (row) => ofRow(backupUid)(backupOf[row]),
        parentIndex(backups, backupUid, () => backupOf, order),
      ),
      BackupName: text((row) => ofRow(backups.nameOf)(backupOf[row])),
      BackupServerUid: text(
        (row) => ofRow(serverUid)(serverOfBackup(backupOf[row])),
        parentIndex(servers, serverUid, serverRows, order),
      ),
      BackupServerName: text((row) => ofRow(servers.nameOf)(serverOfBackup(backupOf[row]))),
    };
  };
  const timed = (field: string, values: ArrayLike<number>) => {
    const order = once(() => timeOrder(values));
    return { time: { field, order }, asc: () => order().asc };
  };

  const pointTime = timed('CreationTime', c.restorePointTime);
  const fileTime = timed('CreationTimeUTC', c.backupFileTime);
  const vmTime = timed('CreationTime', c.vmPointTime);
  const vmKeys = c.vmNames.map((name) => name.toLowerCase());
  const vmName = (row: number) => vmKeys[c.vmPointVm[row] ?? -1] ?? '';
  const byVmName = valueIndex(store.vmRestorePoints.count, vmName, vmTime.asc);
  const algorithm = (row: number) => EM_ALGORITHMS[c.vmPointAlgorithm[row] ?? -1] ?? 'Full';
  const file = (row: number) => store.backupFiles.at(row);
  const pointRow = (row: number) => c.vmPointRestorePoint[row];
  const repository = (row: number) => {
    const id = backups.at(row).repositoryId;
    const repo = store.repositories.rowOf(id);
    return repo === undefined ? undefined : store.repositories.at(repo);
  };

  const targets: QueryTarget[] = [
    target(servers, backupServerRepresentation(ctx), identity(servers, true)),
    target(backups, backupRepresentation(ctx), {
      ...identity(backups, true),
      JobUid: text((row) => backups.at(row).jobUid),
      JobName: text((row) => backups.at(row).jobName),
      RepositoryUid: text((row) => repository(row)?.uid ?? ''),
      RepositoryName: text((row) => repository(row)?.name ?? ''),
      Platform: enumField(PLATFORMS, (row) => backups.at(row).platform),
      BackupType: enumField(BACKUP_TYPES, (row) => backups.at(row).backupType),
    }),
    target(
      points,
      restorePointRepresentation(ctx),
      {
        ...identity(points),
        ...owners(c.restorePointBackup, pointTime.asc),
        CreationTime: date(c.restorePointTime),
      },
      pointTime.time,
    ),
    target(
      store.vmRestorePoints,
      vmRestorePointRepresentation(ctx),
      {
        ...identity(store.vmRestorePoints),
        ...owners(c.vmPointBackup, vmTime.asc),
        CreationTime: date(c.vmPointTime),
        Type: enumField(POINT_TYPES, (row) => POINT_TYPE[algorithm(row)]),
        Algorithm: enumField(EM_ALGORITHMS, algorithm),
        // The docs call the restore point's UID `RestorePointId`; accept both spellings.
        RestorePointId: text(
          (row) => ofRow(pointUid)(pointRow(row)),
          parentIndex(points, pointUid, () => c.vmPointRestorePoint, vmTime.asc),
        ),
        RestorePointUid: text(
          (row) => ofRow(pointUid)(pointRow(row)),
          parentIndex(points, pointUid, () => c.vmPointRestorePoint, vmTime.asc),
        ),
        RestorePointName: text((row) => ofRow(points.nameOf)(pointRow(row))),
        // Both estates give every VM its name as display name (see EmColumns.vmNames).
        VmName: text(vmName, byVmName),
        VmDisplayName: text(vmName, byVmName),
        HierarchyObjRef: text((row) => c.vmRefs[c.vmPointVm[row] ?? -1] ?? ''),
      },
      vmTime.time,
    ),
    target(
      store.backupFiles,
      backupFileRepresentation(ctx),
      {
        ...identity(store.backupFiles),
        ...owners(c.backupFileBackup, fileTime.asc),
        CreationTimeUTC: date(c.backupFileTime),
        BackupSize: number((row) => file(row).backupSize),
        DataSize: number((row) => file(row).dataSize),
        CompressRatio: number((row) => file(row).compressRatio),
        FileType: text((row) => file(row).fileType),
      },
      fileTime.time,
    ),
  ];
  return new Map(targets.map((t) => [t.name.toLowerCase(), t]));
}
