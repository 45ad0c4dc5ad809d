import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { emGet } from './http';
import { ResourceSchema, toResource } from './schema';

export const BackupServerSchema = ResourceSchema.extend({
  Description: z.string().nullish(),
  Port: z.coerce.number().nullish(),
  Version: z.string().nullish(),
  WcfPort: z.coerce.number().nullish(),
}).transform((value) => ({
  ...toResource(value),
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

export const backupServerQueries = {
  all: () => ['em', 'backupServers'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...backupServerQueries.all(), 'detail', id],
      queryFn: ({ signal }) => fetchBackupServer(id, signal),
    }),
};
