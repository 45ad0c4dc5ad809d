/**
 * EM names restore points in SQL Server style, space padded: "Jan 17 2019  5:21PM",
 * "Jun  5 2025  1:01AM" (the docs say server local time; examples match the UTC date,
 * docs/api-notes.md#em-dates-and-names). The app shows names verbatim and orders by
 * BackupDateUTC; only the mock writes them.
 */
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The format the mock uses to name points, and tests use to check names. */
export function formatRestorePointName(date: Date): string {
  const mon = months[date.getUTCMonth()] ?? 'jan';
  const hours12 = date.getUTCHours() % 12 || 12;
  const half = date.getUTCHours() < 12 ? 'AM' : 'PM';
  return `${mon.charAt(0).toUpperCase()}${mon.slice(1)} ${String(date.getUTCDate()).padStart(2, ' ')} ${String(date.getUTCFullYear())} ${String(hours12).padStart(2, ' ')}:${String(date.getUTCMinutes()).padStart(2, '0')}${half}`;
}
