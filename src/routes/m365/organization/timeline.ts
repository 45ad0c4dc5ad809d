/** The organization's points as timeline rows, one lane per workload, with the objective's gaps. */
import {
  WORKLOADS,
  WORKLOAD_LABELS,
  type OrganizationHistory,
  type RestorePoint,
} from '@/api/m365/restore-points';
import type { TimelinePoint } from '@/components/restore-point-timeline';
import { DEFAULT_GAP_TOLERANCE, findGaps, type Gap } from '@/lib/gaps';
import type { Lookups } from '../common/use-lookups';
import { workloadText } from '../common/workload-badges';

/** What a point is, as the timeline's colour and the card's "type". */
export function kind(point: RestorePoint): string {
  if (point.isRetrieved) return 'Retrieved';
  if (point.isLongTermCopy) return 'Long-term copy';
  return 'Backup';
}
export const KIND_COLORS: Record<string, string> = {
  Backup: 'blue',
  'Long-term copy': 'grape',
  Retrieved: 'orange',
};

export type TimelineRow = TimelinePoint & { point: RestorePoint };

export function workloadTimeline(
  history: OrganizationHistory,
  lookups: Lookups,
  objective: number,
  now: Date,
): { rows: TimelineRow[]; gaps: Gap[] } {
  const rows: TimelineRow[] = [];
  const gaps: Gap[] = [];
  for (const workload of WORKLOADS) {
    const points = history.points.filter((point) => point.workloads[workload]);
    const newest = history.newest[workload];
    for (const point of points) {
      rows.push({
        id: `${point.id}-${workload}`,
        time: point.backupTime,
        type: kind(point),
        lane: WORKLOAD_LABELS[workload],
        title: lookups.jobName(point.jobId),
        details: [
          { label: 'Repository', value: lookups.repositoryName(point.repositoryId) },
          { label: 'Workloads', value: workloadText(point.workloads) },
        ],
        point,
      });
    }
    const times = points.map((point) => point.backupTime);
    if (newest) times.push(newest.backupTime);
    gaps.push(...findGaps(times, objective, now, { tolerance: DEFAULT_GAP_TOLERANCE }));
  }
  // Workloads backed up together share their gaps: mark each stretch once.
  const unique = new Map(
    gaps.map((gap) => [`${String(gap.start.getTime())}-${String(gap.end.getTime())}`, gap]),
  );
  return {
    rows,
    gaps: [...unique.values()].sort((a, b) => a.start.getTime() - b.start.getTime()),
  };
}
