import { formatHours } from './dates';

/** A duration in hours for people: "35 min", "26 h", "3 d 2 h". */
export function formatDuration(hours: number): string {
  if (hours < 1) return `${String(Math.max(0, Math.round(hours * 60)))} min`;
  return formatHours(hours);
}

/** An objective the user gave in hours, kept in hours: "24 h", "48 h (2 d)", "36 h". */
export function formatObjective(hours: number): string {
  const text = `${String(Number(hours.toFixed(2)))} h`;
  return hours >= 48 && hours % 24 === 0 ? `${text} (${String(hours / 24)} d)` : text;
}
