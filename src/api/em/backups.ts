import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { emGet } from './http';
import { listQueries, queryEntitiesSchema } from './query';
import { eq, or } from './filter';
import { ResourceSchema, toResource, upTarget } from './schema';

/**
 * A backup entity: only Platform and BackupType besides the links
 * (docs/api-notes.md#em-resources).
 */
export const BackupSchema = ResourceSchema.extend({
  Platform: z.string().nullish(),
  BackupType: z.string().nullish(),
}).transform((value, ctx) => {
  const resource = toResource(value, ctx);
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

const backupPage = queryEntitiesSchema('Backups', BackupSchema);

export function fetchBackup(id: string, signal?: AbortSignal): Promise<Backup> {
  return emGet(`/api/backups/${encodeURIComponent(id)}?format=Entity`, BackupSchema, signal);
}

/** Query-service filters for backups: an exact name, or the backups in some repositories. */
export const backupFilters = {
  name: (name: string) => eq('Name', name),
  inRepositories: (repositoryUids: readonly string[]) =>
    or(...repositoryUids.map((uid) => eq('RepositoryUid', uid))),
};

export const backupQueries = {
  all: () => ['em', 'backups'] as const,
  ...listQueries(['em', 'backups'], 'Backup', backupPage),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...backupQueries.all(), 'detail', id],
      queryFn: ({ signal }) => fetchBackup(id, signal),
    }),
};
