/** The recovery point objective, kept in the URL as `rpo` (hours) by every page that shows one. */
export const DEFAULT_RPO_HOURS = 24;

/** `rpo` in hours (0 < rpo ≤ one year), else the default. */
export function readObjective(params: URLSearchParams): number {
  const value = Number(params.get('rpo'));
  return Number.isFinite(value) && value > 0 && value <= 8760 ? value : DEFAULT_RPO_HOURS;
}
