/**
 * "Can we restore this organization's mail to Tuesday 14:00?": the newest
 * restore point at or before a time and the first one after it
 * (docs/api-notes.md#m365-restore-points).
 *
 * v7/v8 answer each side with one request: `to` (created before) newest first,
 * and `from` (created after) oldest first, `limit=1`. The API filters by
 * organization, not by workload, so for one workload the pages are larger and
 * read on until a point holds it. v6 knows only "created after" (`backupTime`)
 * and answers a whole list: one request for the organization's list, searched
 * here, answers both sides.
 */
import { queryOptions } from '@tanstack/react-query';
import { formatAt, nearestInList } from '@/lib/point-in-time';
import type { M365Version } from './auth';
import { m365Get, m365Path } from './http';
import { RestorePointSchema, type RestorePoint, type Workload } from './restore-points';
import { pageSchema } from './schema';

export type WorkloadChoice = Workload | 'any';

export interface NearestRestorePoints {
  before: RestorePoint | null;
  after: RestorePoint | null;
  /** `server`: asked with to/from (v7/v8); `whole-list`: searched in the organization's list (v6). */
  method: 'server' | 'whole-list';
  /** Restore points read to answer. */
  scanned: number;
  /** A side gave up before finding a point of the workload (a very long history). */
  truncated: boolean;
}

const Page = pageSchema(RestorePointSchema);
/** Points a page when one workload is asked for: most organizations have a few jobs. */
const WORKLOAD_PAGE = 50;
const MAX_PAGES = 20;

const holds = (workload: WorkloadChoice) => (point: RestorePoint) =>
  workload === 'any' || point.workloads[workload];

/** The first point of the answer's order that holds the workload. */
async function firstOf(
  version: M365Version,
  query: Record<string, string | boolean>,
  workload: WorkloadChoice,
  signal: AbortSignal | undefined,
): Promise<{ point: RestorePoint | null; scanned: number; truncated: boolean }> {
  const limit = workload === 'any' ? 1 : WORKLOAD_PAGE;
  let offset = 0;
  let scanned = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await m365Get(
      m365Path(version, 'RestorePoints', { ...query, limit, offset }),
      Page,
      signal,
    );
    scanned += answer.items.length;
    const point = answer.items.find(holds(workload)) ?? null;
    if (point || !answer.hasNext || answer.items.length === 0) {
      return { point, scanned, truncated: false };
    }
    offset = answer.offset + answer.items.length;
  }
  return { point: null, scanned, truncated: true };
}

export async function fetchNearestRestorePoints(
  version: M365Version,
  organizationId: string,
  workload: WorkloadChoice,
  at: Date,
  signal?: AbortSignal,
): Promise<NearestRestorePoints> {
  if (version === 'v6') {
    const all = await m365Get(m365Path(version, 'RestorePoints', { organizationId }), Page, signal);
    const { before, after } = nearestInList(
      all.items.filter(holds(workload)),
      at,
      (point) => point.backupTime,
    );
    return { before, after, method: 'whole-list', scanned: all.items.length, truncated: false };
  }
  // `to` and `from` are "created before" and "created after". Times are compared to the
  // millisecond, as the app reads them: a point within the chosen millisecond (its time has up
  // to 7 fraction digits) is at the time, so both sides split at the next millisecond.
  const split = formatAt(new Date(at.getTime() + 1));
  const [before, after] = await Promise.all([
    firstOf(version, { organizationId, to: split, orderAsc: false }, workload, signal),
    firstOf(version, { organizationId, from: split, orderAsc: true }, workload, signal),
  ]);
  return {
    before: before.point,
    after: after.point,
    method: 'server',
    scanned: before.scanned + after.scanned,
    truncated: before.truncated || after.truncated,
  };
}

export const nearestRestorePointQueries = {
  nearest: (version: M365Version, organizationId: string, workload: WorkloadChoice, at: Date) =>
    queryOptions({
      queryKey: [
        'm365',
        'restorePoints',
        'nearest',
        { version, organizationId, workload, at: at.toISOString() },
      ],
      queryFn: ({ signal }) =>
        fetchNearestRestorePoints(version, organizationId, workload, at, signal),
    }),
};
