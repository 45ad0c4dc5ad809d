import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { and, compare, or, eq } from '@/api/em/filter';
import { fetchEntitiesByUid } from '@/api/em/query';
import { restorePointPage, restorePointQueries, restorePointUid } from '@/api/em/restore-points';
import type { LinkTarget } from '@/api/em/schema';
import type { VmRestorePoint } from '@/api/em/vm-restore-points';
import { DAY_MS } from '@/lib/dates';

/**
 * A job run's restore point is created when the run starts, its VM restore points as each
 * VM is done, up to hours later: the period's first VM points may belong to a run that
 * started before the period.
 */
const RUN_LENGTH_MARGIN_MS = DAY_MS;

/** undefined while loading, null when it cannot be known. */
export type BackupOf = (point: VmRestorePoint) => LinkTarget | null | undefined;

/**
 * Which backup each VM restore point belongs to. The point links only its
 * restore point; the restore point links the backup. So: one batched request
 * for the restore points of the rows on screen (and the newest), which names
 * the VM's backups; then the timeline's period of those backups' restore points
 * in one more request, so every dot on the timeline finds its lane.
 */
export function useBackups(visible: VmRestorePoint[], period: { from: Date } | null) {
  const parents = useQuery(
    restorePointQueries.byUids(
      visible.flatMap((point) =>
        point.restorePoint ? [restorePointUid(point.restorePoint.id)] : [],
      ),
    ),
  );
  const backups = new Map<string, LinkTarget>();
  for (const point of parents.data ?? []) {
    if (point.backup) backups.set(point.backup.id.toLowerCase(), point.backup);
  }
  const backupUids = [...backups.keys()].sort().map((id) => `urn:veeam:Backup:${id}`);
  const since = period ? new Date(period.from.getTime() - RUN_LENGTH_MARGIN_MS) : new Date(0);
  const inPeriod = useQuery({
    ...restorePointQueries.page({
      filter: and(
        or(...backupUids.map((uid) => eq('BackupUid', uid))),
        compare('CreationTime', '>=', since),
      ),
      sort: { field: 'CreationTime', direction: 'desc' },
      page: 1,
      pageSize: 1000,
    }),
    enabled: period !== null && backupUids.length > 0,
  });

  const periodAsked = period !== null && backupUids.length > 0;
  const settled =
    (parents.isSuccess || parents.isError) &&
    (!periodAsked || inPeriod.isSuccess || inPeriod.isError);
  const backupOf = useMemo<BackupOf>(() => {
    const byRestorePoint = new Map<string, LinkTarget | null>();
    for (const point of [...(inPeriod.data?.items ?? []), ...(parents.data ?? [])]) {
      byRestorePoint.set(point.id.toLowerCase(), point.backup);
    }
    return (point) => {
      if (!point.restorePoint) return null;
      const known = byRestorePoint.get(point.restorePoint.id.toLowerCase());
      if (known !== undefined) return known;
      return settled ? null : undefined;
    };
  }, [inPeriod.data, parents.data, settled]);
  return { backupOf, error: parents.error ?? inPeriod.error };
}

/**
 * The backup of each of these points, for an export of every row: their restore
 * points in batches of UIDs (src/api/em/query.ts), as the page does for the rows on screen.
 */
export async function fetchBackupOf(
  points: readonly VmRestorePoint[],
  signal: AbortSignal,
): Promise<BackupOf> {
  const uids = [
    ...new Set(
      points.flatMap((point) =>
        point.restorePoint ? [restorePointUid(point.restorePoint.id)] : [],
      ),
    ),
  ];
  const parents = await fetchEntitiesByUid('RestorePoint', restorePointPage, uids, signal);
  const byRestorePoint = new Map(parents.map((parent) => [parent.id.toLowerCase(), parent.backup]));
  return (point) =>
    point.restorePoint ? (byRestorePoint.get(point.restorePoint.id.toLowerCase()) ?? null) : null;
}
