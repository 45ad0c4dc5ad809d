import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thinPoints } from './thin-points';

interface Point {
  id: string;
  time: Date;
  lane: string;
}
const HOUR = 3_600_000;
const from = Date.parse('2026-01-01T00:00:00Z');
const point = (id: string, hours: number, lane = 'A'): Point => ({
  id,
  time: new Date(from + hours * HOUR),
  lane,
});
const byLane = (p: Point) => p.lane;

describe('thinning restore points for a chart', () => {
  it('keeps the newest point of each stretch and says how many it stands for', () => {
    // A day in 4 stretches of 6 h: 0–6 has three points, 6–12 none, 12–18 one, 18–24 two.
    const points = [
      point('a', 1),
      point('b', 5),
      point('c', 3),
      point('d', 13),
      point('e', 19),
      point('f', 24),
    ];
    const kept = thinPoints(points, from, from + 24 * HOUR, 4, byLane);
    expect(kept.map(({ point: p, count, first }) => [p.id, count, first.toISOString()])).toEqual([
      ['b', 3, '2026-01-01T01:00:00.000Z'],
      ['d', 1, '2026-01-01T13:00:00.000Z'],
      ['f', 2, '2026-01-01T19:00:00.000Z'], // the period's last instant belongs to the last stretch
    ]);
  });

  it('keeps each group apart within a stretch', () => {
    const points = [point('a', 1, 'A'), point('b', 2, 'B'), point('c', 3, 'A')];
    const kept = thinPoints(points, from, from + 24 * HOUR, 1, byLane);
    expect(kept.map(({ point: p, count }) => [p.id, count])).toEqual([
      ['c', 2],
      ['b', 1],
    ]);
  });

  it('draws a year of hourly points as at most one dot per stretch', () => {
    const year = Array.from({ length: 8760 }, (_, hour) => point(String(hour), hour));
    const kept = thinPoints(year, from, from + 8760 * HOUR, 160, byLane);
    expect(kept).toHaveLength(160);
    expect(kept.reduce((sum, { count }) => sum + count, 0)).toBe(8760);
  });

  it('loses no point: every one is counted once, inside the stretch of the point kept for it', () => {
    const hours = fc.integer({ min: -48, max: 24 * 30 + 48 });
    const points = fc.array(fc.record({ h: hours, lane: fc.constantFrom('A', 'B', 'C') }), {
      maxLength: 300,
    });
    fc.assert(
      fc.property(points, fc.integer({ min: 1, max: 400 }), (raw, columns) => {
        const input = raw.map(({ h, lane }, index) => point(String(index), h, lane));
        const kept = thinPoints(input, from, from + 24 * 30 * HOUR, columns, byLane);
        expect(kept.reduce((sum, { count }) => sum + count, 0)).toBe(input.length);
        for (const lane of ['A', 'B', 'C']) {
          expect(kept.filter(({ point: p }) => p.lane === lane).length).toBeLessThanOrEqual(
            columns,
          );
        }
        for (const p of input) {
          const holders = kept.filter(
            (k) => k.point.lane === p.lane && k.first <= p.time && p.time <= k.point.time,
          );
          expect(holders).toHaveLength(1);
        }
        // The newest point of each lane is always drawn.
        for (const lane of ['A', 'B', 'C']) {
          const mine = input.filter((p) => p.lane === lane);
          if (!mine.length) continue;
          const newest = Math.max(...mine.map((p) => p.time.getTime()));
          expect(kept.some((k) => k.point.lane === lane && k.point.time.getTime() === newest)).toBe(
            true,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
