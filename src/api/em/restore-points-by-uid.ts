/**
 * Restore points by UID through the query service, 40 UIDs per request
 * (`filter=UID=="…",UID=="…"`), a few requests at a time. A VM restore point
 * links up to its restore point, not to its backup: this is how a list of VM
 * points learns its backup names without one request per row.
 */
import { queryOptions } from '@tanstack/react-query';
import { eq, or } from './filter';
import { fetchAllPages, queryEntitiesSchema } from './query';
import { RestorePointSchema, restorePointQueries, type RestorePoint } from './restore-points';

export const UIDS_PER_REQUEST = 40;
const PARALLEL_REQUESTS = 4;

const restorePointPage = queryEntitiesSchema('RestorePoints', RestorePointSchema);

export async function fetchRestorePointsByUid(
  uids: readonly string[],
  signal?: AbortSignal,
): Promise<RestorePoint[]> {
  const distinct = [...new Set(uids)];
  const batches: string[][] = [];
  for (let i = 0; i < distinct.length; i += UIDS_PER_REQUEST)
    batches.push(distinct.slice(i, i + UIDS_PER_REQUEST));
  const results: RestorePoint[][] = [];
  for (let i = 0; i < batches.length; i += PARALLEL_REQUESTS) {
    const wave = batches.slice(i, i + PARALLEL_REQUESTS).map((batch) =>
      fetchAllPages(
        {
          type: 'RestorePoint',
          format: 'Entities',
          filter: or(...batch.map((uid) => eq('UID', uid))),
          pageSize: 100,
        },
        restorePointPage,
        signal ? { signal } : {},
      ),
    );
    results.push(...(await Promise.all(wave)));
  }
  return results.flat();
}

/** `urn:veeam:RestorePoint:<id>` for a restore point id taken from a link. */
export const restorePointUid = (id: string) => `urn:veeam:RestorePoint:${id}`;

export const restorePointsByUidQueries = {
  list: (uids: readonly string[]) => {
    const sorted = [...new Set(uids)].sort();
    return queryOptions({
      queryKey: [...restorePointQueries.all(), 'list', { uids: sorted }],
      queryFn: ({ signal }) => fetchRestorePointsByUid(sorted, signal),
      enabled: sorted.length > 0,
      staleTime: 5 * 60_000,
    });
  },
};
