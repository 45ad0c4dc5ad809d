/** The VM page's URL parameters: `rpo` (objective, hours) and `days` (timeline period). */
export const DEFAULT_RPO_HOURS = 24;
export const DEFAULT_PERIOD_DAYS = 30;
export const PERIODS = ['7', '14', '30', '90', 'all'] as const;

/** `rpo` in hours (0 < rpo ≤ one year), else the default. */
export function readObjective(params: URLSearchParams): number {
  const value = Number(params.get('rpo'));
  return Number.isFinite(value) && value > 0 && value <= 8760 ? value : DEFAULT_RPO_HOURS;
}

/** `days` of the timeline: a number of days or `all`. */
export function readPeriod(params: URLSearchParams): number | 'all' {
  const raw = params.get('days');
  if (raw === 'all') return 'all';
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 && value <= 3650 ? value : DEFAULT_PERIOD_DAYS;
}
