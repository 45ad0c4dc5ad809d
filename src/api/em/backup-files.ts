import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { emGet } from './http';
import { eq } from './filter';
import { listQueries, queryEntitiesSchema } from './query';
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
  .transform((value, ctx) => {
    const resource = toResource(value, ctx);
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

const backupFilePage = queryEntitiesSchema('BackupFiles', BackupFileSchema);

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

export const backupFileFilters = {
  ofBackup: (backupUid: string) => eq('BackupUid', backupUid),
};

export const backupFileQueries = {
  all: () => ['em', 'backupFiles'] as const,
  ...listQueries(['em', 'backupFiles'], 'BackupFile', backupFilePage),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...backupFileQueries.all(), 'detail', id],
      queryFn: ({ signal }) => fetchBackupFile(id, signal),
    }),
  /** The file's VM restore points as references: its own list, no query field names a file. */
  vmRestorePoints: (id: string) =>
    queryOptions({
      queryKey: [...backupFileQueries.all(), 'detail', id, 'vmRestorePoints'],
      queryFn: ({ signal }) => fetchBackupFileVmRestorePoints(id, signal),
    }),
};
