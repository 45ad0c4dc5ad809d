import { formatM365Time } from '@/mocks/fixtures/m365-builders';

// yyyy-MM-dd HH:mm:ss.SSS, yyyy.MM.dd hh:mm:ss (v6 help page) and ISO 8601 (the spec's date-time).
const DATE = String.raw`(\d{4})[-./](\d{1,2})[-./](\d{1,2})`;
const TIME = String.raw`(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?)?`;
const PATTERN = new RegExp(String.raw`^${DATE}${TIME}(Z|[+-]\d{2}:?\d{2})?$`, 'i');

/**
 * Parses a query date the way the server binds it: without a zone it is UTC. Returns the
 * fixture's 7-digit UTC form, which compares correctly as a string, or null when unparsable.
 */
export function parseM365Time(text: string): string | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone = 'Z'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  if (hour === undefined || minute === undefined || second === undefined) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const valid =
    year >= 1 &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!valid) return null;
  const digits = fraction.padEnd(7, '0');
  date.setUTCHours(hour, minute, second, Number(digits.slice(0, 3)));
  return formatM365Time(date.getTime() - zoneOffsetMs(zone), Number(digits.slice(3)));
}

function zoneOffsetMs(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}
