/**
 * "Can we restore X to Tuesday 14:00?": the newest restore point at or before
 * a chosen time and the first one after it. The chosen time travels in the URL
 * as `at`, in UTC; people type it in their own zone. Resource-agnostic: it works
 * on instants only.
 */
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import { HOUR_MS, MINUTE_MS, parseUtc } from './dates';

dayjs.extend(timezone);

/** The `at` URL parameter: ISO 8601, a value without a zone is UTC (as both APIs mean it). */
export function parseAt(value: string | null | undefined): Date | null {
  return value ? parseUtc(value) : null;
}

/** A time for the URL: `2025-06-10T14:00:00Z`, with milliseconds only when there are any. */
export function formatAt(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/** The browser's IANA zone, e.g. `Europe/Berlin`. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const INPUT_FORMAT = 'YYYY-MM-DDTHH:mm';
const INPUT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/**
 * A date-time field's wall-clock value (`2025-06-10T14:00`) in `timeZone` → the
 * instant. A time the clocks skip (the spring-forward hour) moves forward by the
 * skipped hour, as the zone's own clocks do.
 */
export function fromLocalInput(value: string, timeZone: string): Date | null {
  if (!INPUT_PATTERN.test(value)) return null;
  // dayjs rolls 30 February over into March: a calendar date must read back as itself.
  const calendar = new Date(`${value.slice(0, 16)}:00Z`);
  if (Number.isNaN(calendar.getTime()) || !calendar.toISOString().startsWith(value.slice(0, 16)))
    return null;
  const date = dayjs.tz(value, timeZone);
  return date.isValid() ? date.toDate() : null;
}

/** The instant as a date-time field's wall-clock value in `timeZone`. */
export function toLocalInput(date: Date, timeZone: string): string {
  return dayjs(date).tz(timeZone).format(INPUT_FORMAT);
}

export interface Nearest<P> {
  /** The newest point at or before the chosen time. */
  before: P | null;
  /** The oldest point after it. */
  after: P | null;
}

/** From a whole list (in any order): what the two server queries would answer. */
export function nearestInList<P>(
  points: readonly P[],
  at: Date,
  timeOf: (point: P) => Date,
): Nearest<P> {
  let before: P | null = null;
  let after: P | null = null;
  const t = at.getTime();
  for (const point of points) {
    const time = timeOf(point).getTime();
    if (time <= t) {
      if (!before || time > timeOf(before).getTime()) before = point;
    } else if (!after || time < timeOf(after).getTime()) {
      after = point;
    }
  }
  return { before, after };
}

export interface PointInTimeAnswer {
  /** A point exists at exactly the chosen time (to the millisecond). */
  exact: boolean;
  /** How much earlier than the chosen time the point before is; null without one. */
  beforeMs: number | null;
  /** How much later the point after is; null without one. */
  afterMs: number | null;
  /** The answer in one sentence. */
  summary: string;
}

/** What the two points say about the chosen time, in words a ticket can quote. */
export function describeNearest(
  at: Date,
  before: Date | null,
  after: Date | null,
): PointInTimeAnswer {
  const beforeMs = before ? at.getTime() - before.getTime() : null;
  const afterMs = after ? after.getTime() - at.getTime() : null;
  const exact = beforeMs === 0;
  let summary: string;
  if (beforeMs === null && afterMs === null) {
    summary = 'There are no restore points at all.';
  } else if (beforeMs === null) {
    summary = `No restore point at or before that time: the oldest restore point is newer than that (${formatDistance(afterMs ?? 0)} later).`;
  } else if (exact) {
    summary = 'A restore point exists at exactly that time.';
  } else {
    summary = `The newest restore point at or before that time is ${formatDistance(beforeMs)} earlier.`;
  }
  if (beforeMs !== null && afterMs === null) {
    summary += ' No restore point after that time yet.';
  }
  return { exact, beforeMs, afterMs, summary };
}

/** A distance between two times, to the minute: "45 s", "12 min", "2 h 5 min", "3 d 23 h". */
export function formatDistance(ms: number): string {
  const abs = Math.abs(ms);
  if (abs === 0) return '0 min';
  if (abs < MINUTE_MS) return `${String(Math.max(1, Math.round(abs / 1000)))} s`;
  const minutes = Math.round(abs / MINUTE_MS);
  if (abs < 48 * HOUR_MS) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (!hours) return `${String(rest)} min`;
    return rest ? `${String(hours)} h ${String(rest)} min` : `${String(hours)} h`;
  }
  const hours = Math.round(abs / HOUR_MS);
  const days = Math.floor(hours / 24);
  const rest = hours - days * 24;
  return rest ? `${String(days)} d ${String(rest)} h` : `${String(days)} d`;
}
