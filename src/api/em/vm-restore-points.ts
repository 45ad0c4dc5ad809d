import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { emGet } from './http';
import { eq } from './filter';
import { fetchAllPages, fetchEntitiesByUid, queryEntitiesSchema } from './query';
import { ResourceSchema, UtcDateSchema, toResource, upTarget } from './schema';

/**
 * A VM restore point entity
 * (https://helpcenter.veeam.com/docs/vbr/em_rest/get_vmrestorepoints_id.html).
 * The element is `CreationTimeUTC` in responses although the docs' table calls
 * it CreationTime; accept all three. Algorithm and PointType stay strings so a
 * future value does not break a page.
 */
export const VmRestorePointSchema = ResourceSchema.extend({
  CreationTimeUTC: UtcDateSchema.optional(),
  CreationTimeUtc: UtcDateSchema.optional(),
  CreationTime: UtcDateSchema.optional(),
  VmName: z.string().nullish(),
  VmDisplayName: z.string().nullish(),
  Algorithm: z.string().nullish(),
  PointType: z.string().nullish(),
  HierarchyObjRef: z.string().nullish(),
})
  .refine((value) => value.CreationTimeUTC ?? value.CreationTimeUtc ?? value.CreationTime, {
    message: 'CreationTimeUTC is missing',
    path: ['CreationTimeUTC'],
  })
  .transform((value) => {
    const resource = toResource(value);
    return {
      ...resource,
      creationTime: (value.CreationTimeUTC ?? value.CreationTimeUtc ?? value.CreationTime) as Date,
      vmName: value.VmName ?? value.VmDisplayName ?? vmNameFromPointName(value.Name),
      vmDisplayName: value.VmDisplayName ?? null,
      algorithm: value.Algorithm ?? null,
      pointType: value.PointType ?? null,
      hierarchyObjRef: value.HierarchyObjRef ?? null,
      restorePoint: upTarget(resource.links, 'RestorePointReference'),
      backupFile: upTarget(resource.links, 'BackupFileReference'),
      backupServer: upTarget(resource.links, 'BackupServerReference'),
    };
  });
export type VmRestorePoint = z.output<typeof VmRestorePointSchema>;

/** `sql01@2025-06-16 04:00:52` → `sql01` (older servers omit VmName; references carry only the name). */
export function vmNameFromPointName(name: string): string {
  const at = name.lastIndexOf('@');
  return at > 0 ? name.slice(0, at) : name;
}

export const vmRestorePointPage = queryEntitiesSchema('VmRestorePoints', VmRestorePointSchema);

export function fetchVmRestorePoint(id: string, signal?: AbortSignal): Promise<VmRestorePoint> {
  return emGet(
    `/api/vmRestorePoints/${encodeURIComponent(id)}?format=Entity`,
    VmRestorePointSchema,
    signal,
  );
}

/** Every restore point of one VM (exact, case-insensitive name match), newest first. */
export function fetchVmRestorePointsOfVm(vmName: string, signal?: AbortSignal) {
  return fetchAllPages(
    {
      type: 'VmRestorePoint',
      filter: eq('VmName', vmName),
      sortDesc: 'CreationTime',
      pageSize: 500,
    },
    vmRestorePointPage,
    { signal },
  );
}

export const vmRestorePointQueries = {
  all: () => ['em', 'vmRestorePoints'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...vmRestorePointQueries.all(), 'detail', id],
      queryFn: ({ signal }) => fetchVmRestorePoint(id, signal),
    }),
  byUids: (uids: string[]) =>
    queryOptions({
      queryKey: [...vmRestorePointQueries.all(), 'list', { uids }],
      queryFn: ({ signal }) =>
        fetchEntitiesByUid('VmRestorePoint', vmRestorePointPage, uids, signal),
      enabled: uids.length > 0,
    }),
  ofVm: (vmName: string) =>
    queryOptions({
      queryKey: [...vmRestorePointQueries.all(), 'list', { vmName }],
      queryFn: ({ signal }) => fetchVmRestorePointsOfVm(vmName, signal),
    }),
};
