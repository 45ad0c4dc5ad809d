import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { M365Version } from './auth';
import { fetchAll, m365Get, m365Path } from './http';
import { LinksSchema, rawFields } from './schema';

/**
 * RESTBackupRepository. `objectStorageId` is v6/v7 only
 * (docs/api-notes.md#m365-organizations-jobs-and-repositories).
 */
export const BackupRepositorySchema = z
  .looseObject({
    id: z.string(),
    name: z.string().nullish(),
    description: z.string().nullish(),
    path: z.string().nullish(),
    capacityBytes: z.number().nullish(),
    freeSpaceBytes: z.number().nullish(),
    retentionType: z.string().nullish(),
    proxyId: z.string().nullish(),
    isLongTerm: z.boolean().nullish(),
    isOutdated: z.boolean().nullish(),
    isOutOfSync: z.boolean().nullish(),
    objectStorageId: z.string().nullish(),
    _links: LinksSchema,
  })
  .transform((value) => ({
    id: value.id,
    name: value.name || value.id,
    description: value.description ?? null,
    path: value.path ?? null,
    capacityBytes: value.capacityBytes ?? null,
    freeSpaceBytes: value.freeSpaceBytes ?? null,
    retentionType: value.retentionType ?? null,
    proxyId: value.proxyId ?? null,
    isLongTerm: value.isLongTerm ?? null,
    isOutdated: value.isOutdated ?? null,
    isOutOfSync: value.isOutOfSync ?? null,
    objectStorageId: value.objectStorageId ?? null,
    links: value._links,
    raw: rawFields(value),
  }));
export type BackupRepository = z.output<typeof BackupRepositorySchema>;

export function fetchBackupRepositories(version: M365Version, signal?: AbortSignal) {
  return fetchAll(version, 'BackupRepositories', BackupRepositorySchema, { signal });
}

export function fetchBackupRepository(version: M365Version, id: string, signal?: AbortSignal) {
  return m365Get(
    m365Path(version, `BackupRepositories/${encodeURIComponent(id)}`),
    BackupRepositorySchema,
    signal,
  );
}

export const backupRepositoryQueries = {
  all: () => ['m365', 'backupRepositories'] as const,
  list: (version: M365Version) =>
    queryOptions({
      queryKey: [...backupRepositoryQueries.all(), 'list', { version }],
      queryFn: ({ signal }) => fetchBackupRepositories(version, signal),
      staleTime: 5 * 60_000,
    }),
  detail: (version: M365Version, id: string) =>
    queryOptions({
      queryKey: [...backupRepositoryQueries.all(), 'detail', { version, id }],
      queryFn: ({ signal }) => fetchBackupRepository(version, id, signal),
    }),
};
