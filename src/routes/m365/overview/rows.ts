/** The Microsoft 365 overview's rows: each organization's newest point per workload against the objective. */
import type { Organization } from '@/api/m365/organizations';
import {
  WORKLOADS,
  type OrganizationHistory,
  type RestorePoint,
  type Workload,
} from '@/api/m365/restore-points';
import { ageHours } from '@/lib/gaps';
import { countStates, type GroupCounts } from '@/lib/protection-state';

export interface OrganizationRow {
  organization: Organization;
  /** The newest point per workload; undefined while loading, null after an error. */
  newest: Record<Workload, RestorePoint | null> | null | undefined;
  error: unknown;
  /** Hours since each workload's newest point; null without one. */
  ages: Record<Workload, number | null>;
  /** Workloads older than the objective or without any restore point. */
  outside: Workload[];
  /** null until the organization's points have loaded. */
  state: 'within' | 'outside' | null;
}

const noAges = (): Record<Workload, number | null> => ({
  exchange: null,
  sharePoint: null,
  oneDrive: null,
  teams: null,
});

/**
 * A workload without any restore point counts as outside the objective, as on
 * the organization page: nothing of it can be restored.
 */
export function toRow(
  organization: Organization,
  history: Pick<OrganizationHistory, 'newest'> | undefined,
  error: unknown,
  objectiveHours: number,
  now: Date,
): OrganizationRow {
  if (!history) {
    return {
      organization,
      newest: error ? null : undefined,
      error,
      ages: noAges(),
      outside: [],
      state: null,
    };
  }
  const ages = noAges();
  for (const workload of WORKLOADS) {
    const point = history.newest[workload];
    ages[workload] = point ? ageHours(point.backupTime, now) : null;
  }
  const outside = WORKLOADS.filter((workload) => {
    const age = ages[workload];
    return age === null || age > objectiveHours;
  });
  return {
    organization,
    newest: history.newest,
    error: null,
    ages,
    outside,
    state: outside.length ? 'outside' : 'within',
  };
}

/** Per workload: how many organizations have it within the objective, how many not. */
export function countByWorkload(
  rows: readonly OrganizationRow[],
): (GroupCounts & { workload: Workload })[] {
  const ready = rows.filter((row) => row.state !== null);
  return WORKLOADS.map((workload) => {
    const counts = countStates(ready, (row) =>
      row.outside.includes(workload) ? 'outside' : 'within',
    );
    return { workload, group: workload, ...counts, total: ready.length };
  });
}
