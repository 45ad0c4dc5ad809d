/** The organization page's URL parameters: `rpo` (objective, hours) and `days` (timeline period). */
import { HISTORY_DAYS_DEFAULT } from '@/api/m365/restore-points';

const DEFAULT_RPO_HOURS = 24;
export const PERIODS = ['7', '30', '90'] as const;

/** `rpo` in hours (0 < rpo ≤ one year), else the default. */
export function readObjective(params: URLSearchParams): number {
  const value = Number(params.get('rpo'));
  return Number.isFinite(value) && value > 0 && value <= 8760 ? value : DEFAULT_RPO_HOURS;
}

/** `days` of history for the timeline. */
export function readDays(params: URLSearchParams): number {
  const value = Number(params.get('days'));
  return Number.isInteger(value) && value > 0 && value <= 3650 ? value : HISTORY_DAYS_DEFAULT;
}
