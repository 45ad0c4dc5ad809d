/** The organization page's URL parameters besides the objective: `days` (timeline period). */
import { HISTORY_DAYS_DEFAULT } from '@/api/m365/restore-points';

export const PERIODS = ['7', '30', '90'] as const;

/** `days` of history for the timeline. */
export function readDays(params: URLSearchParams): number {
  const value = Number(params.get('days'));
  return Number.isInteger(value) && value > 0 && value <= 3650 ? value : HISTORY_DAYS_DEFAULT;
}
