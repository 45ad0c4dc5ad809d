/** The VM page's URL parameters besides the objective: `days` (timeline period). */
export const DEFAULT_PERIOD_DAYS = 30;
export const PERIODS = ['7', '14', '30', '90', 'all'] as const;

/** `days` of the timeline: a number of days or `all`. */
export function readPeriod(params: URLSearchParams): number | 'all' {
  const raw = params.get('days');
  if (raw === 'all') return 'all';
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 && value <= 3650 ? value : DEFAULT_PERIOD_DAYS;
}
