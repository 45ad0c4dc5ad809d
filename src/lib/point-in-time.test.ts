import { describe, expect, it } from 'vitest';
import {
  describeNearest,
  formatAt,
  formatDistance,
  fromLocalInput,
  nearestInList,
  parseAt,
  toLocalInput,
} from './point-in-time';

const at = (iso: string) => new Date(iso);
const tuesday = at('2025-06-10T14:00:00Z');
/** Daily points at 14:39 UTC, with a gap from the 7th to the 10th. */
const points = [
  '2025-06-05T14:39:41Z',
  '2025-06-06T14:39:57.215Z',
  '2025-06-11T14:31:21.27Z',
  '2025-06-12T14:31:29.725Z',
].map((iso) => ({ id: iso, time: at(iso) }));
const timeOf = (point: { time: Date }) => point.time;

describe('nearestInList', () => {
  it('finds the newest point at or before the time and the first after it, in any order', () => {
    const shuffled = [points[2], points[0], points[3], points[1]].filter((p) => p !== undefined);
    const { before, after } = nearestInList(shuffled, tuesday, timeOf);
    expect(before?.id).toBe('2025-06-06T14:39:57.215Z');
    expect(after?.id).toBe('2025-06-11T14:31:21.27Z');
  });

  it('counts a point exactly at the time as "at or before", not "after"', () => {
    const exact = at('2025-06-11T14:31:21.270Z');
    const { before, after } = nearestInList(points, exact, timeOf);
    expect(before?.id).toBe('2025-06-11T14:31:21.27Z');
    expect(after?.id).toBe('2025-06-12T14:31:29.725Z');
    // One millisecond earlier, the same point is the first one after.
    const justBefore = nearestInList(points, at('2025-06-11T14:31:21.269Z'), timeOf);
    expect(justBefore.before?.id).toBe('2025-06-06T14:39:57.215Z');
    expect(justBefore.after?.id).toBe('2025-06-11T14:31:21.27Z');
  });

  it('has no point before a time older than the history, and none after one newer', () => {
    expect(nearestInList(points, at('2025-06-01T00:00:00Z'), timeOf)).toEqual({
      before: null,
      after: points[0],
    });
    expect(nearestInList(points, at('2025-06-16T12:00:00Z'), timeOf)).toEqual({
      before: points[3],
      after: null,
    });
    expect(nearestInList([], tuesday, timeOf)).toEqual({ before: null, after: null });
  });
});

describe('describeNearest', () => {
  it('gives both distances from the chosen time', () => {
    const answer = describeNearest(tuesday, at('2025-06-06T14:39:57Z'), at('2025-06-11T14:31:21Z'));
    expect(answer).toMatchObject({ exact: false, beforeMs: 343_203_000, afterMs: 88_281_000 });
    expect(answer.summary).toBe(
      'The newest restore point at or before that time is 3 d 23 h earlier.',
    );
  });

  it('says so when a point is exactly at the time', () => {
    const answer = describeNearest(tuesday, tuesday, null);
    expect(answer.exact).toBe(true);
    expect(answer.beforeMs).toBe(0);
    expect(answer.summary).toBe(
      'A restore point exists at exactly that time. No restore point after that time yet.',
    );
  });

  it('says the oldest restore point is newer when there is none before', () => {
    const answer = describeNearest(tuesday, null, at('2025-06-10T16:30:00Z'));
    expect(answer).toMatchObject({ exact: false, beforeMs: null, afterMs: 9_000_000 });
    expect(answer.summary).toBe(
      'No restore point at or before that time: the oldest restore point is newer than that (2 h 30 min later).',
    );
  });

  it('says there is nothing newer when the time is after the newest point', () => {
    const answer = describeNearest(tuesday, at('2025-06-10T13:48:00Z'), null);
    expect(answer.summary).toBe(
      'The newest restore point at or before that time is 12 min earlier. No restore point after that time yet.',
    );
    expect(describeNearest(tuesday, null, null).summary).toBe(
      'There are no restore points at all.',
    );
  });
});

describe('formatDistance', () => {
  it.each([
    [0, '0 min'],
    [400, '1 s'],
    [45_000, '45 s'],
    [12 * 60_000, '12 min'],
    [2 * 3_600_000, '2 h'],
    [(2 * 60 + 5) * 60_000, '2 h 5 min'],
    [47 * 3_600_000 + 59 * 60_000, '47 h 59 min'],
    [48 * 3_600_000, '2 d'],
    [(3 * 24 + 23) * 3_600_000 + 20 * 60_000, '3 d 23 h'],
    [-90 * 60_000, '1 h 30 min'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatDistance(ms)).toBe(text);
  });
});

describe('the chosen time across time zones', () => {
  it('reads the URL in UTC, with or without a zone', () => {
    expect(parseAt('2025-06-10T14:00:00Z')).toEqual(tuesday);
    expect(parseAt('2025-06-10T14:00:00')).toEqual(tuesday);
    expect(parseAt('2025-06-10T16:00:00+02:00')).toEqual(tuesday);
    expect(parseAt('next tuesday')).toBeNull();
    expect(parseAt(null)).toBeNull();
    expect(formatAt(tuesday)).toBe('2025-06-10T14:00:00Z');
    expect(formatAt(at('2025-06-10T14:00:00.250Z'))).toBe('2025-06-10T14:00:00.250Z');
  });

  it.each([
    ['UTC', '2025-06-10T14:00', '2025-06-10T14:00:00.000Z'],
    ['Europe/Berlin', '2025-06-10T14:00', '2025-06-10T12:00:00.000Z'], // summer time, UTC+2
    ['Europe/Berlin', '2025-01-14T14:00', '2025-01-14T13:00:00.000Z'], // winter time, UTC+1
    ['America/New_York', '2025-06-10T14:00', '2025-06-10T18:00:00.000Z'],
    ['Asia/Kathmandu', '2025-06-10T14:00', '2025-06-10T08:15:00.000Z'], // UTC+05:45
    ['Pacific/Auckland', '2025-06-10T01:00', '2025-06-09T13:00:00.000Z'], // the day before in UTC
  ])('%s: %s local is %s', (zone, local, iso) => {
    const date = fromLocalInput(local, zone);
    expect(date?.toISOString()).toBe(iso);
    expect(toLocalInput(date ?? new Date(0), zone)).toBe(local);
  });

  it('moves a time the clocks skip forward, and reads a repeated hour once', () => {
    // Berlin skipped 02:00–03:00 on 30 March 2025: 02:30 does not exist there.
    expect(fromLocalInput('2025-03-30T02:30', 'Europe/Berlin')?.toISOString()).toBe(
      '2025-03-30T01:30:00.000Z',
    );
    // 02:30 happened twice on 26 October 2025; either reading is a real instant.
    expect(['2025-10-26T00:30:00.000Z', '2025-10-26T01:30:00.000Z']).toContain(
      fromLocalInput('2025-10-26T02:30', 'Europe/Berlin')?.toISOString(),
    );
  });

  it('rejects what a date-time field would not give', () => {
    expect(fromLocalInput('', 'UTC')).toBeNull();
    expect(fromLocalInput('2025-06-10 14:00', 'UTC')).toBeNull();
    expect(fromLocalInput('2025-13-45T14:00', 'UTC')).toBeNull();
    expect(fromLocalInput('2025-02-30T14:00', 'UTC')).toBeNull();
  });
});
