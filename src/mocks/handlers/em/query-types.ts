/**
 * What the query service can return (docs/api-notes.md#query-service): per type, the queryable
 * fields and how a row is written. Field values are normalised once per field into columns
 * (lower-cased text, UTC milliseconds, numbers, enum positions) so 50k-row filters and sorts stay
 * cheap.
 */
import type { EmAlgorithm, EmBackupType, EmPlatform, EmPointType } from '@/mocks/fixtures/em-types';
import { backupFileRepresentation } from './backup-files';
import { backupServerRepresentation } from './backup-servers';
import { backupRepresentation } from './backups';
import type { EmContext } from './context';
import { lookup } from './data-index';
import type { Json } from './respond';
import { restorePointRepresentation } from './restore-points';
import type { Representation } from './routes';
import { vmRestorePointRepresentation } from './vm-restore-points';

/** Text compares case-insensitively; everything else as numbers (enums by declared order). */
export type Column =
  | { kind: 'text'; values: string[] }
  | { kind: 'date' | 'number'; values: number[] }
  | { kind: 'enum'; values: number[]; names: readonly string[] };

export interface QueryTarget {
  name: string;
  plural: string;
  count: number;
  /** Undefined for a field the type does not have; `field` in any casing. */
  column(field: string): Column | undefined;
  ref: (row: number) => Record<string, Json>;
  entity: (row: number) => Record<string, Json>;
}

type Field<T> =
  | { kind: 'text' | 'date' | 'number'; get: (item: T) => string | number }
  | { kind: 'enum'; get: (item: T) => string; names: readonly string[] };

const PLATFORMS: readonly EmPlatform[] = [
  'VMware',
  'HyperV',
  'vCloud',
  'AgentForLinux',
  'AgentForWindows',
  'CustomPlatform',
];
const BACKUP_TYPES: readonly EmBackupType[] = ['Standard', 'ParentBackup', 'ChildBackup'];
const ALGORITHMS: readonly EmAlgorithm[] = [
  'Full',
  'ReversedIncremental',
  'Incremental',
  'SyntheticFull',
];
const POINT_TYPES: readonly EmPointType[] = ['Full', 'Increment', 'ReverseIncrement'];

const ISO_UTC = new RegExp(
  '^(\\d{4})-(\\d{2})-(\\d{2})' + // date
    '(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,7}))?)?)?' + // time, 0-7 fraction digits
    '(Z|[+-]\\d{2}:?\\d{2})?$', // optional zone; none means UTC
  'i',
);

/** UTC instant in milliseconds (fraction kept below 1 ms); no zone means UTC. */
export function parseUtcMs(text: string): number | undefined {
  const match = ISO_UTC.exec(text.trim());
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1, 7).map((part) => Number(part || '0'));
  const [fraction = '', zone = 'Z'] = [match[7], match[8]];
  if (mo === undefined || mo < 1 || mo > 12 || (d ?? 0) > 31 || (h ?? 0) > 23) return undefined;
  let ms = Date.UTC(y ?? 0, mo - 1, d, h, mi, s) + Number(`0.${fraction || '0'}`) * 1000;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
    ms -= (zone.startsWith('-') ? -1 : 1) * minutes * 60_000;
  }
  return Number.isNaN(ms) ? undefined : ms;
}

function normalise<T>(field: Field<T>, items: readonly T[]): Column {
  if (field.kind === 'enum') {
    const lower = field.names.map((name) => name.toLowerCase());
    const values = items.map((item) => lower.indexOf(field.get(item).toLowerCase()));
    return { kind: 'enum', values, names: field.names };
  }
  if (field.kind === 'text') {
    return { kind: 'text', values: items.map((item) => String(field.get(item)).toLowerCase()) };
  }
  const toNumber = (value: string | number) =>
    typeof value === 'number' ? value : field.kind === 'date' ? (parseUtcMs(value) ?? NaN) : NaN;
  return { kind: field.kind, values: items.map((item) => toNumber(field.get(item))) };
}

function target<T>(
  items: readonly T[],
  rep: Representation<T>,
  fields: Record<string, Field<T>>,
): QueryTarget {
  const byName = new Map(Object.entries(fields).map(([name, f]) => [name.toLowerCase(), f]));
  const columns = new Map<string, Column>();
  const at = (row: number): T => {
    const item = items[row];
    if (item === undefined) throw new RangeError(`no row ${row}`);
    return item;
  };
  return {
    name: rep.kind,
    plural: rep.plural,
    count: items.length,
    column(field) {
      const key = field.toLowerCase();
      const def = byName.get(key);
      if (!def) return undefined;
      const column = columns.get(key) ?? normalise(def, items);
      columns.set(key, column);
      return column;
    },
    ref: (row) => rep.ref(at(row)),
    entity: (row) => rep.entity(at(row)),
  };
}

/** Query targets by lower-cased type name. */
export function createQueryTargets(ctx: EmContext): Map<string, QueryTarget> {
  const { index } = ctx;
  const { data } = index;
  const server = (id: string) => lookup(index.backupServers, id);
  const backup = (id: string) => lookup(index.backups, id);
  const point = (id: string) => lookup(index.restorePoints, id);
  const owners = {
    BackupUid: { kind: 'text', get: (i: { backupId: string }) => backup(i.backupId)?.uid ?? '' },
    BackupName: { kind: 'text', get: (i: { backupId: string }) => backup(i.backupId)?.name ?? '' },
    BackupServerUid: {
      kind: 'text',
      get: (i: { backupServerId: string }) => server(i.backupServerId)?.uid ?? '',
    },
    BackupServerName: {
      kind: 'text',
      get: (i: { backupServerId: string }) => server(i.backupServerId)?.name ?? '',
    },
  } as const;
  const identity = {
    UID: { kind: 'text', get: (i: { uid: string }) => i.uid },
    Name: { kind: 'text', get: (i: { name: string }) => i.name },
  } as const;
  const targets: QueryTarget[] = [
    target(data.backupServers, backupServerRepresentation(ctx), identity),
    target(data.backups, backupRepresentation(ctx), {
      ...identity,
      JobUid: { kind: 'text', get: (b) => b.jobUid },
      JobName: { kind: 'text', get: (b) => b.jobName },
      RepositoryUid: {
        kind: 'text',
        get: (b) => lookup(index.repositories, b.repositoryId)?.uid ?? '',
      },
      RepositoryName: {
        kind: 'text',
        get: (b) => lookup(index.repositories, b.repositoryId)?.name ?? '',
      },
      Platform: { kind: 'enum', get: (b) => b.platform, names: PLATFORMS },
      BackupType: { kind: 'enum', get: (b) => b.backupType, names: BACKUP_TYPES },
    }),
    target(data.restorePoints, restorePointRepresentation(ctx), {
      ...identity,
      ...owners,
      CreationTime: { kind: 'date', get: (p) => p.backupDateUtc },
    }),
    target(data.vmRestorePoints, vmRestorePointRepresentation(ctx), {
      ...identity,
      ...owners,
      CreationTime: { kind: 'date', get: (p) => p.creationTimeUtc },
      Type: { kind: 'enum', get: (p) => p.pointType, names: POINT_TYPES },
      Algorithm: { kind: 'enum', get: (p) => p.algorithm, names: ALGORITHMS },
      // The docs call the restore point's UID `RestorePointId`; accept both spellings.
      RestorePointId: { kind: 'text', get: (p) => point(p.restorePointId)?.uid ?? '' },
      RestorePointUid: { kind: 'text', get: (p) => point(p.restorePointId)?.uid ?? '' },
      RestorePointName: { kind: 'text', get: (p) => point(p.restorePointId)?.name ?? '' },
      VmName: { kind: 'text', get: (p) => p.vmName },
      VmDisplayName: { kind: 'text', get: (p) => p.vmDisplayName },
      HierarchyObjRef: { kind: 'text', get: (p) => p.hierarchyObjRef },
    }),
    target(data.backupFiles, backupFileRepresentation(ctx), {
      ...identity,
      ...owners,
      CreationTimeUTC: { kind: 'date', get: (f) => f.creationTimeUtc },
      BackupSize: { kind: 'number', get: (f) => f.backupSize },
      DataSize: { kind: 'number', get: (f) => f.dataSize },
      CompressRatio: { kind: 'number', get: (f) => f.compressRatio },
      FileType: { kind: 'text', get: (f) => f.fileType },
    }),
  ];
  return new Map(targets.map((t) => [t.name.toLowerCase(), t]));
}
