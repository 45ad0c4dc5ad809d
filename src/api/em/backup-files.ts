import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { emGet } from './http';
import { eq } from './filter';
import { fetchAllPages, queryEntitiesSchema } from './query';
import { ReferenceListSchema, ResourceSchema, UtcDateSchema, toResource, upTarget } from './schema';

const numberish = z.coerce.number().nullish();

/** A backup file entity. Note `CreationTimeUtc` here (not `UTC` as on VM restore points). */
export const BackupFileSchema = ResourceSchema.extend({
  FilePath: z.string().nullish(),
  BackupSize: numberish,
  DataSize: numberish,
  DeduplicationRatio: numberish,
  CompressRatio: numberish,
  CreationTimeUtc: UtcDateSchema.optional(),
  CreationTimeUTC: UtcDateSchema.optional(),
  FileType: z.string().nullish(),
})
  .refine((value) => value.CreationTimeUtc ?? value.CreationTimeUTC, {
    message: 'CreationTimeUtc is missing',
    path: ['CreationTimeUtc'],
  })
  .transform((value) => {
    const resource = toResource(value);
    return {
      ...resource,
      filePath: value.FilePath ?? null,
      backupSize: value.BackupSize ?? null,
      dataSize: value.DataSize ?? null,
      deduplicationRatio: value.DeduplicationRatio ?? null,
      compressRatio: value.CompressRatio ?? null,
      creationTime: (value.CreationTimeUtc ?? value.CreationTimeUTC) as Date,
      fileType: value.FileType ?? null,
      backup: upTarget(resource.links, 'BackupReference'),
      backupServer: upTarget(resource.links, 'BackupServerReference'),
    };
  });
export type BackupFile = z.output<typeof BackupFileSchema>;

export function fetchBackupFile(id: string, signal?: AbortSignal): Promise<BackupFile> {
  return emGet(
    `/api/backupFiles/${encodeURIComponent(id)}?format=Entity`,
    BackupFileSchema,
    signal,
  );
}

export function fetchBackupFileVmRestorePoints(id: string, signal?: AbortSignal) {
  return emGet(
    `/api/backupFiles/${encodeURIComponent(id)}/vmRestorePoints`,
    ReferenceListSchema,
    signal,
  );
}

export function fetchBackupFilesOfBackup(backupUid: string, signal?: AbortSignal) {
  return fetchAllPages(
    {
      type: 'BackupFile',
      filter: eq('BackupUid', backupUid),
      sortDesc: 'CreationTimeUTC',
      pageSize: 500,
    },
    queryEntitiesSchema('BackupFiles', BackupFileSchema),
    { signal },
  );
}

export const backupFileQueries = {
  all: () => ['em', 'backupFiles'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...backupFileQueries.all(), 'detail', id],
      queryFn: ({ signal }) => fetchBackupFile(id, signal),
    }),
  vmRestorePoints: (id: string) =>
    queryOptions({
      queryKey: [...backupFileQueries.all(), 'detail', id, 'vmRestorePoints'],
      queryFn: ({ signal }) => fetchBackupFileVmRestorePoints(id, signal),
    }),
  ofBackup: (backupUid: string) =>
    queryOptions({
      queryKey: [...backupFileQueries.all(), 'list', { backupUid }],
      queryFn: ({ signal }) => fetchBackupFilesOfBackup(backupUid, signal),
    }),
};
