/**
 * Where a protected item stands against the recovery point objective, from
 * its newest restore point: within it, outside it, or silent for so long that
 * it is likely retired. Used to count an estate at a glance.
 */
import { DAY_MS } from './dates';
import { ageHours } from './gaps';

export type ProtectionState = 'within' | 'outside' | 'retired';
export const PROTECTION_STATES: readonly ProtectionState[] = ['within', 'outside', 'retired'];

/** No restore point for more than this many days: likely retired, kept in the URL as `retired`. */
export const DEFAULT_RETIRED_DAYS = 30;

/** `retired` in days (1 ≤ days ≤ ten years), else the default. */
export function readRetiredDays(params: URLSearchParams): number {
  const value = Number(params.get('retired'));
  return Number.isInteger(value) && value > 0 && value <= 3650 ? value : DEFAULT_RETIRED_DAYS;
}

/**
 * An age equal to the objective is still within it (as on the VM page); retired
 * means more than `retiredDays` without a point, whatever the objective.
 */
export function protectionState(
  newest: Date,
  objectiveHours: number,
  retiredDays: number,
  now: Date,
): ProtectionState {
  if (now.getTime() - newest.getTime() > retiredDays * DAY_MS) return 'retired';
  return ageHours(newest, now) > objectiveHours ? 'outside' : 'within';
}

export type StateCounts = Record<ProtectionState, number>;

export function countStates<T>(items: readonly T[], stateOf: (item: T) => ProtectionState) {
  const counts: StateCounts = { within: 0, outside: 0, retired: 0 };
  for (const item of items) counts[stateOf(item)] += 1;
  return counts;
}

export interface GroupCounts extends StateCounts {
  group: string;
  total: number;
}

/** The counts per group (e.g. per backup server), groups in natural name order. */
export function countByGroup<T>(
  items: readonly T[],
  groupOf: (item: T) => string,
  stateOf: (item: T) => ProtectionState,
): GroupCounts[] {
  const groups = new Map<string, GroupCounts>();
  for (const item of items) {
    const group = groupOf(item);
    const counts = groups.get(group) ?? { group, within: 0, outside: 0, retired: 0, total: 0 };
    counts[stateOf(item)] += 1;
    counts.total += 1;
    groups.set(group, counts);
  }
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return [...groups.values()].sort((a, b) => collator.compare(a.group, b.group));
}
