/** The VM page's rows: each VM restore point with its backup, and their timeline shape. */
import type { LinkTarget } from '@/api/em/schema';
import type { VmRestorePoint } from '@/api/em/vm-restore-points';
import type { TimelinePoint } from '@/components/restore-point-timeline';
import { DAY_MS } from '@/lib/dates';
import type { BackupOf } from './use-backups';

export interface Row {
  point: VmRestorePoint;
  /** undefined while the backup names load, null when unknown. */
  backup: LinkTarget | null | undefined;
}

export type TimelineRow = TimelinePoint & { row: Row };

export function toRows(points: VmRestorePoint[], backupOf: BackupOf): Row[] {
  return points.map((point) => ({ point, backup: backupOf(point) }));
}

/** One lane per backup; points whose backup is still loading wait in an unnamed lane. */
export function toTimelineRows(rows: Row[]): TimelineRow[] {
  return rows.map((row) => ({
    id: row.point.id,
    time: row.point.creationTime,
    type: row.point.pointType,
    lane: row.backup?.name ?? (row.backup === undefined ? '' : 'Unknown backup'),
    title: `${row.point.vmName}${row.backup?.name ? ` · ${row.backup.name}` : ''}`,
    details: [
      ...(row.point.algorithm ? [{ label: 'Algorithm', value: row.point.algorithm }] : []),
      ...(row.point.restorePoint?.name
        ? [{ label: 'Restore point', value: row.point.restorePoint.name }]
        : []),
    ],
    row,
  }));
}

/** Where the timeline starts: `period` days back, or (for `all`) the oldest point, at least a day. */
export function timelineStart(period: number | 'all', oldest: Date | undefined, now: Date): Date {
  return period === 'all'
    ? new Date(Math.min(oldest?.getTime() ?? now.getTime(), now.getTime() - DAY_MS))
    : new Date(now.getTime() - period * DAY_MS);
}
