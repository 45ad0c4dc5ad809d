import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { emGet } from './http';
import { ReferenceListSchema, ResourceSchema, toResource } from './schema';

export const BackupServerSchema = ResourceSchema.extend({
  Description: z.string().nullish(),
  Port: z.coerce.number().nullish(),
  Version: z.string().nullish(),
  WcfPort: z.coerce.number().nullish(),
}).transform((value, ctx) => ({
  ...toResource(value, ctx),
  description: value.Description ?? null,
  port: value.Port ?? null,
  version: value.Version ?? null,
}));
export type BackupServer = z.output<typeof BackupServerSchema>;

export function fetchBackupServer(id: string, signal?: AbortSignal): Promise<BackupServer> {
  return emGet(
    `/api/backupServers/${encodeURIComponent(id)}?format=Entity`,
    BackupServerSchema,
    signal,
  );
}

/** The server's repositories, as references (their UIDs narrow the backups to this server). */
export function fetchBackupServerRepositories(id: string, signal?: AbortSignal) {
  return emGet(
    `/api/backupServers/${encodeURIComponent(id)}/repositories`,
    ReferenceListSchema,
    signal,
  );
}

export const backupServerQueries = {
  all: () => ['em', 'backupServers'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...backupServerQueries.all(), 'detail', id],
      queryFn: ({ signal }) => fetchBackupServer(id, signal),
    }),
  repositories: (id: string) =>
    queryOptions({
      queryKey: [...backupServerQueries.all(), 'detail', id, 'repositories'],
      queryFn: ({ signal }) => fetchBackupServerRepositories(id, signal),
    }),
};
