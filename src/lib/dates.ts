/**
 * Date helpers. Both APIs send UTC instants with 0–7 fraction digits
 * (`2025-08-14T12:31:30.389954Z`, `2022-02-22T14:44:22.3764709Z`); we keep
 * millisecond precision and always show local time with UTC available.
 */
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import utc from 'dayjs/plugin/utc';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

dayjs.extend(utc);
dayjs.extend(relativeTime);

const isoPattern =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Parse an API date-time; a value without a zone is UTC (that is what both APIs mean). */
export function parseUtc(value: string): Date | null {
  const match = isoPattern.exec(value.trim());
  if (!match) return null;
  const [, day, time, fraction = '', zone = 'Z'] = match;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const normalizedZone =
    zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/(\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(
    `${day ?? ''}T${time ?? ''}${time?.length === 5 ? ':00' : ''}.${millis}${normalizedZone}`,
  );
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `2025-06-16 06:00` in the browser's zone. */
export function formatLocal(date: Date): string {
  return dayjs(date).format('YYYY-MM-DD HH:mm');
}

/** `2025-06-16 04:00:52 UTC`. */
export function formatUtc(date: Date): string {
  return `${dayjs(date).utc().format('YYYY-MM-DD HH:mm:ss')} UTC`;
}

/** "3 hours ago". */
export function formatAge(date: Date, now: Date = new Date()): string {
  return dayjs(date).from(dayjs(now));
}

/** A human duration for hours: "26 h", "3 d 2 h". */
export function formatHours(hours: number): string {
  if (hours < 48) return `${String(Math.round(hours))} h`;
  const days = Math.floor(hours / 24);
  const rest = Math.round(hours - days * 24);
  return rest ? `${String(days)} d ${String(rest)} h` : `${String(days)} d`;
}
