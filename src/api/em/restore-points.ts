import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { emGet } from './http';
import { eq } from './filter';
import { fetchEntitiesByUid, listQueries, queryEntitiesSchema } from './query';
import { ReferenceListSchema, ResourceSchema, UtcDateSchema, toResource, upTarget } from './schema';

/**
 * A restore point entity
 * (https://helpcenter.veeam.com/docs/vbr/em_rest/restorepoints_id.html). `Name`
 * is a SQL Server style date label with space padding ("Jan 17 2019  5:21PM"):
 * keep it verbatim (docs/api-notes.md#em-dates-and-names).
 */
export const RestorePointSchema = ResourceSchema.extend({
  BackupDateUTC: UtcDateSchema,
}).transform((value, ctx) => {
  const resource = toResource(value, ctx);
  return {
    ...resource,
    backupDate: value.BackupDateUTC,
    backup: upTarget(resource.links, 'BackupReference'),
    backupServer: upTarget(resource.links, 'BackupServerReference'),
  };
});
export type RestorePoint = z.output<typeof RestorePointSchema>;

export const restorePointPage = queryEntitiesSchema('RestorePoints', RestorePointSchema);

/** `urn:veeam:RestorePoint:<id>` for a restore point id taken from a link. */
export const restorePointUid = (id: string) => `urn:veeam:RestorePoint:${id}`;

export function fetchRestorePoint(id: string, signal?: AbortSignal): Promise<RestorePoint> {
  return emGet(
    `/api/restorePoints/${encodeURIComponent(id)}?format=Entity`,
    RestorePointSchema,
    signal,
  );
}

/** The backup files of a restore point: a handful, as references with their names. */
export function fetchRestorePointFiles(id: string, signal?: AbortSignal) {
  return emGet(
    `/api/restorePoints/${encodeURIComponent(id)}/backupFiles`,
    ReferenceListSchema,
    signal,
  );
}

export const restorePointFilters = {
  ofBackup: (backupUid: string) => eq('BackupUid', backupUid),
};

export const restorePointQueries = {
  all: () => ['em', 'restorePoints'] as const,
  ...listQueries(['em', 'restorePoints'], 'RestorePoint', restorePointPage),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...restorePointQueries.all(), 'detail', id],
      queryFn: ({ signal }) => fetchRestorePoint(id, signal),
    }),
  files: (id: string) =>
    queryOptions({
      queryKey: [...restorePointQueries.all(), 'detail', id, 'backupFiles'],
      queryFn: ({ signal }) => fetchRestorePointFiles(id, signal),
    }),
  /** Restore points by UID: the parents of the VM restore points on screen, for their backups. */
  byUids: (uids: readonly string[]) => {
    const sorted = [...new Set(uids)].sort();
    return queryOptions({
      queryKey: [...restorePointQueries.all(), 'list', { uids: sorted }],
      queryFn: ({ signal }) => fetchEntitiesByUid('RestorePoint', restorePointPage, sorted, signal),
      enabled: sorted.length > 0,
      staleTime: 5 * 60_000,
    });
  },
};
