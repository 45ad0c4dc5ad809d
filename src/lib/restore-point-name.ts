/**
 * EM names restore points after the server's local time in SQL Server style,
 * space padded: "Jan 17 2019  5:21PM", "Jun  5 2025  1:01AM". Parsing it gives
 * an order for rows whose BackupDateUTC has not arrived yet; it is not a UTC value.
 */
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pattern = /^([A-Za-z]{3})\s+(\d{1,2})\s+(\d{4})\s+(\d{1,2}):(\d{2})\s*([AP]M)$/i;

export function parseRestorePointName(name: string): Date | null {
  const match = pattern.exec(name.trim());
  if (!match) return null;
  const [, mon = '', day = '', year = '', hour = '', minute = '', half = ''] = match;
  const month = months.indexOf(mon.toLowerCase());
  if (month < 0) return null;
  let hours = Number(hour) % 12;
  if (half.toUpperCase() === 'PM') hours += 12;
  return new Date(Date.UTC(Number(year), month, Number(day), hours, Number(minute)));
}

/** The format the mock uses to name points, and tests use to check names. */
export function formatRestorePointName(date: Date): string {
  const mon = months[date.getUTCMonth()] ?? 'jan';
  const hours12 = date.getUTCHours() % 12 || 12;
  const half = date.getUTCHours() < 12 ? 'AM' : 'PM';
  return `${mon.charAt(0).toUpperCase()}${mon.slice(1)} ${String(date.getUTCDate()).padStart(2, ' ')} ${String(date.getUTCFullYear())} ${String(hours12).padStart(2, ' ')}:${String(date.getUTCMinutes()).padStart(2, '0')}${half}`;
}
