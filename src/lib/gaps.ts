import { HOUR_MS } from './dates';
/**
 * Gaps in a restore-point history: stretches of time longer than the recovery
 * point objective with no restore point, including the open gap from the
 * newest point up to now. Resource-agnostic: it works on instants only.
 */

export interface Gap {
  /** The restore point before the gap. */
  start: Date;
  /** The next restore point, or `now` for the open gap. */
  end: Date;
  hours: number;
  /** True for the gap from the newest point to now. */
  open: boolean;
}

/**
 * Jobs do not start to the minute: a daily job that runs 4 minutes later than
 * yesterday is not a missed backup. Charts mark a gap only when it exceeds the
 * objective by more than this fraction (5 %: 72 minutes of a 24 h objective).
 */
export const DEFAULT_GAP_TOLERANCE = 0.05;

/**
 * Gaps longer than `objectiveHours` (times `1 + tolerance`) between consecutive
 * points (in any order, duplicates allowed), oldest first, and from the newest
 * point to `now`. No points: no gaps (there is nothing to measure from; show
 * "no restore points" instead).
 */
export function findGaps(
  times: readonly Date[],
  objectiveHours: number,
  now: Date = new Date(),
  { tolerance = 0 }: { tolerance?: number } = {},
): Gap[] {
  if (!times.length || !(objectiveHours > 0)) return [];
  const sorted = times.map((time) => time.getTime()).sort((a, b) => a - b);
  const limit = objectiveHours * (1 + Math.max(0, tolerance)) * HOUR_MS;
  const gaps: Gap[] = [];
  const push = (from: number, to: number, open: boolean) => {
    if (to - from > limit) {
      gaps.push({ start: new Date(from), end: new Date(to), hours: (to - from) / HOUR_MS, open });
    }
  };
  for (let i = 1; i < sorted.length; i += 1) {
    push(sorted[i - 1] ?? 0, sorted[i] ?? 0, false);
  }
  const newest = sorted[sorted.length - 1] ?? 0;
  push(newest, now.getTime(), true);
  return gaps;
}

/** The parts of `gaps` inside [from, to] (for a chart of one period). */
export function clipGaps(gaps: readonly Gap[], from: Date, to: Date): Gap[] {
  const lo = from.getTime();
  const hi = to.getTime();
  return gaps
    .filter((gap) => gap.end.getTime() > lo && gap.start.getTime() < hi)
    .map((gap) => {
      const start = Math.max(gap.start.getTime(), lo);
      const end = Math.min(gap.end.getTime(), hi);
      return { ...gap, start: new Date(start), end: new Date(end), hours: (end - start) / HOUR_MS };
    });
}

/** Hours from `time` to `now` (never negative). */
export function ageHours(time: Date, now: Date = new Date()): number {
  return Math.max(0, (now.getTime() - time.getTime()) / HOUR_MS);
}

/** Whether the newest point is older than the objective (no point at all counts as stale). */
export function isStale(
  newest: Date | null | undefined,
  objectiveHours: number,
  now: Date = new Date(),
): boolean {
  return !newest || ageHours(newest, now) > objectiveHours;
}
