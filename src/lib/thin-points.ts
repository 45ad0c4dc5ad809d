/** A point kept to stand for the points of its stretch of the axis. */
export interface ThinnedPoint<P> {
  /** The newest point of its group in the stretch. */
  point: P;
  /** How many points of that group fell in the stretch, this one included. */
  count: number;
  /** The oldest of them. */
  first: Date;
}

/**
 * Cuts [from, to] into `columns` equal stretches and keeps, per stretch and
 * group, the newest point with how many it stands for. A chart drawing the
 * result has at most `columns` marks per group, however long the history:
 * a year of hourly points on a chart 1,000 pixels wide is a few hundred dots,
 * not 8,760, and overlapping dots showed no more than one does.
 */
export function thinPoints<P extends { time: Date }>(
  points: readonly P[],
  from: number,
  to: number,
  columns: number,
  group: (point: P) => string,
): ThinnedPoint<P>[] {
  const stretches = Math.max(1, Math.floor(columns));
  const span = Math.max(1, to - from);
  const kept = new Map<string, ThinnedPoint<P>>();
  for (const point of points) {
    const offset = (point.time.getTime() - from) / span;
    const column = Math.min(stretches - 1, Math.max(0, Math.floor(offset * stretches)));
    const key = `${String(column)} ${group(point)}`;
    const held = kept.get(key);
    if (!held) {
      kept.set(key, { point, count: 1, first: point.time });
      continue;
    }
    held.count += 1;
    if (point.time > held.point.time) held.point = point;
    if (point.time < held.first) held.first = point.time;
  }
  return [...kept.values()];
}
