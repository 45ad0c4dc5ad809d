import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { emGet } from './http';
import { fetchAllPages, queryEntitiesSchema } from './query';
import { eq } from './filter';
import {
  ReferenceListSchema,
  ResourceSchema,
  entityListSchema,
  toResource,
  upTarget,
} from './schema';

/**
 * A backup entity: only Platform and BackupType besides the links
 * (docs/api-notes.md#em-resources).
 */
export const BackupSchema = ResourceSchema.extend({
  Platform: z.string().nullish(),
  BackupType: z.string().nullish(),
}).transform((value) => {
  const resource = toResource(value);
  return {
    ...resource,
    platform: value.Platform ?? null,
    backupType: value.BackupType ?? null,
    repository: upTarget(resource.links, 'RepositoryReference'),
    backupServer: upTarget(resource.links, 'BackupServerReference'),
    parent: upTarget(resource.links, 'Backup'),
  };
});
export type Backup = z.output<typeof BackupSchema>;

export function fetchBackups(signal?: AbortSignal): Promise<Backup[]> {
  return emGet('/api/backups?format=Entity', entityListSchema('Backups', BackupSchema), signal);
}

export function fetchBackup(id: string, signal?: AbortSignal): Promise<Backup> {
  return emGet(`/api/backups/${encodeURIComponent(id)}?format=Entity`, BackupSchema, signal);
}

/** Reference lists below a backup; they carry names at once. */
export function fetchBackupChildren(
  id: string,
  child: 'restorePoints' | 'backupFiles',
  signal?: AbortSignal,
) {
  return emGet(`/api/backups/${encodeURIComponent(id)}/${child}`, ReferenceListSchema, signal);
}

export const backupQueries = {
  all: () => ['em', 'backups'] as const,
  list: () =>
    queryOptions({
      queryKey: [...backupQueries.all(), 'list'],
      queryFn: ({ signal }) => fetchBackups(signal),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...backupQueries.all(), 'detail', id],
      queryFn: ({ signal }) => fetchBackup(id, signal),
    }),
  children: (id: string, child: 'restorePoints' | 'backupFiles') =>
    queryOptions({
      queryKey: [...backupQueries.all(), 'detail', id, child],
      queryFn: ({ signal }) => fetchBackupChildren(id, child, signal),
    }),
  /** Backups of one job name, via the query service (used by the lookup). */
  byUids: (uids: string[]) =>
    queryOptions({
      queryKey: [...backupQueries.all(), 'list', { uids }],
      queryFn: ({ signal }) =>
        fetchAllPages(
          { type: 'Backup', filter: uids.map((uid) => eq('UID', uid)).join(','), pageSize: 500 },
          queryEntitiesSchema('Backups', BackupSchema),
          { signal },
        ),
    }),
};
