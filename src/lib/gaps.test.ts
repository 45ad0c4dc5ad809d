import { describe, expect, it } from 'vitest';
import { ageHours, clipGaps, findGaps, isStale } from './gaps';

const at = (iso: string) => new Date(iso);
const now = at('2025-06-16T12:00:00Z');

describe('gap detection', () => {
  it('finds no gap in a regular daily history within a 24 h objective', () => {
    const times = [
      at('2025-06-14T01:00:00Z'),
      at('2025-06-15T01:00:00Z'),
      at('2025-06-16T01:00:00Z'),
    ];
    expect(findGaps(times, 24, now)).toEqual([]);
  });

  it('reports gaps longer than the objective, oldest first, in any input order', () => {
    const times = [
      at('2025-06-16T01:00:00Z'),
      at('2025-06-10T01:00:00Z'),
      at('2025-06-13T01:00:00Z'),
      at('2025-06-14T01:00:00Z'),
    ];
    expect(findGaps(times, 24, now)).toEqual([
      {
        start: at('2025-06-10T01:00:00Z'),
        end: at('2025-06-13T01:00:00Z'),
        hours: 72,
        open: false,
      },
      {
        start: at('2025-06-14T01:00:00Z'),
        end: at('2025-06-16T01:00:00Z'),
        hours: 48,
        open: false,
      },
    ]);
  });

  it('does not count a gap exactly as long as the objective', () => {
    expect(findGaps([at('2025-06-15T12:00:00Z')], 24, now)).toEqual([]);
    expect(findGaps([at('2025-06-15T11:59:00Z')], 24, now)).toHaveLength(1);
  });

  it('includes the open gap from the newest point up to now', () => {
    const gaps = findGaps([at('2025-06-12T12:00:00Z'), at('2025-06-13T12:00:00Z')], 24, now);
    expect(gaps).toEqual([{ start: at('2025-06-13T12:00:00Z'), end: now, hours: 72, open: true }]);
  });

  it('treats points from several backups as one history (duplicates allowed)', () => {
    const times = [
      at('2025-06-15T01:00:00Z'),
      at('2025-06-15T01:00:00Z'),
      at('2025-06-15T13:00:00Z'),
      at('2025-06-16T05:00:00Z'),
    ];
    expect(findGaps(times, 12, now)).toEqual([
      {
        start: at('2025-06-15T13:00:00Z'),
        end: at('2025-06-16T05:00:00Z'),
        hours: 16,
        open: false,
      },
    ]);
  });

  it('can leave out runs that were only a little late', () => {
    const times = [
      at('2025-06-14T01:00:00Z'),
      at('2025-06-15T01:30:00Z'),
      at('2025-06-16T03:00:00Z'),
    ];
    expect(findGaps(times, 24, now)).toHaveLength(2);
    expect(findGaps(times, 24, now, { tolerance: 0.05 })).toEqual([
      {
        start: at('2025-06-15T01:30:00Z'),
        end: at('2025-06-16T03:00:00Z'),
        hours: 25.5,
        open: false,
      },
    ]);
  });

  it('has nothing to say without points or with a meaningless objective', () => {
    expect(findGaps([], 24, now)).toEqual([]);
    expect(findGaps([at('2025-06-01T00:00:00Z')], 0, now)).toEqual([]);
    expect(findGaps([at('2025-06-01T00:00:00Z')], Number.NaN, now)).toEqual([]);
  });

  it('clips gaps to a chart period', () => {
    const gaps = findGaps([at('2025-06-01T00:00:00Z'), at('2025-06-10T00:00:00Z')], 24, now);
    const clipped = clipGaps(gaps, at('2025-06-05T00:00:00Z'), now);
    expect(clipped).toEqual([
      {
        start: at('2025-06-05T00:00:00Z'),
        end: at('2025-06-10T00:00:00Z'),
        hours: 120,
        open: false,
      },
      { start: at('2025-06-10T00:00:00Z'), end: now, hours: 156, open: true },
    ]);
    expect(clipGaps(gaps, at('2025-06-10T00:00:00Z'), at('2025-06-10T00:00:00Z'))).toEqual([]);
  });

  it('measures age and staleness against the objective', () => {
    expect(ageHours(at('2025-06-13T12:00:00Z'), now)).toBe(72);
    expect(ageHours(at('2025-06-17T12:00:00Z'), now)).toBe(0);
    expect(isStale(at('2025-06-13T12:00:00Z'), 24, now)).toBe(true);
    expect(isStale(at('2025-06-13T12:00:00Z'), 96, now)).toBe(false);
    expect(isStale(null, 24, now)).toBe(true);
  });
});
