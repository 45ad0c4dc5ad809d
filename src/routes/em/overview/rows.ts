/** The overview's rows: each VM of the index against the objective, and the page's filters. */
import type { VmIndexEntry } from '@/api/em/vm-index/builder';
import { ageHours } from '@/lib/gaps';
import { PROTECTION_STATES, protectionState, type ProtectionState } from '@/lib/protection-state';

export interface OverviewRow {
  entry: VmIndexEntry;
  state: ProtectionState;
  ageHours: number;
  /** The backup server of the newest point. */
  server: string;
  /** The backup (job) of the newest point; null when the index does not know it. */
  backup: string | null;
}

/**
 * The server that holds the newest point; an index stored before it kept that
 * falls back to every server that holds the VM's points.
 */
function serverOf(entry: VmIndexEntry): string {
  return entry.newest.backupServer ?? (entry.backupServers.join('; ') || 'Unknown server');
}

export function toRows(
  entries: readonly VmIndexEntry[],
  objectiveHours: number,
  retiredDays: number,
  now: Date,
): OverviewRow[] {
  return entries.map((entry) => ({
    entry,
    state: protectionState(entry.newest.time, objectiveHours, retiredDays, now),
    ageHours: ageHours(entry.newest.time, now),
    server: serverOf(entry),
    backup: entry.backup?.name ?? null,
  }));
}

/** What narrows the list, from the URL: `state`, `server`, `backup`. */
export interface OverviewFilters {
  state: ProtectionState | null;
  server: string | null;
  backup: string | null;
}

export function readFilters(params: URLSearchParams): OverviewFilters {
  const state = params.get('state');
  return {
    state: PROTECTION_STATES.find((known) => known === state) ?? null,
    server: params.get('server') || null,
    backup: params.get('backup') || null,
  };
}

/** The rows of one server and backup (either may be unset); the state filters the list only. */
export function inScope(
  rows: readonly OverviewRow[],
  filters: Pick<OverviewFilters, 'server' | 'backup'>,
): OverviewRow[] {
  return rows.filter(
    (row) =>
      (filters.server === null || row.server === filters.server) &&
      (filters.backup === null || row.backup === filters.backup),
  );
}

/** Distinct values for a filter's choices, in natural order. */
export function choices(values: readonly (string | null)[]): string[] {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return [...new Set(values.filter((value): value is string => Boolean(value)))].sort(
    collator.compare,
  );
}
