import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { emGet } from './http';
import { and, compare, eq, or } from './filter';
import {
  fetchEntitiesByUid,
  fetchListPage,
  fetchWholeList,
  listQueries,
  queryEntitiesSchema,
} from './query';
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
  .transform((value, ctx) => {
    const resource = toResource(value, ctx);
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

/** Query-service filters for VM restore points. */
export const vmRestorePointFilters = {
  /** One VM, by its exact name (the server ignores case). */
  ofVm: (vmName: string) => eq('VmName', vmName),
  /**
   * The VMs of one restore point. The docs do not say whether `RestorePointId`
   * holds the bare id or the `urn:veeam:RestorePoint:` UID, so ask for either.
   */
  ofRestorePoint: (restorePointId: string) =>
    or(
      eq('RestorePointId', restorePointId),
      eq('RestorePointId', `urn:veeam:RestorePoint:${restorePointId}`),
    ),
  /** A VM's points created at or after `from`. */
  ofVmSince: (vmName: string, from: Date) =>
    and(eq('VmName', vmName), compare('CreationTime', '>=', from)),
  /** A VM's points created at or before `at`: newest first, the first is the one to restore. */
  ofVmAtOrBefore: (vmName: string, at: Date) =>
    and(eq('VmName', vmName), compare('CreationTime', '<=', at)),
  /** A VM's points created after `at`: oldest first, the first is the next one. */
  ofVmAfter: (vmName: string, at: Date) =>
    and(eq('VmName', vmName), compare('CreationTime', '>', at)),
};

/**
 * The newest point at or before `at` and the first after it: one page of one
 * point each side, whatever the VM's history (docs/api-notes.md#query-service).
 */
async function fetchNearest(vmName: string, at: Date, signal?: AbortSignal) {
  const first = (filter: string, direction: 'asc' | 'desc') =>
    fetchListPage(
      'VmRestorePoint',
      vmRestorePointPage,
      { filter, sort: { field: 'CreationTime', direction }, page: 1, pageSize: 1 },
      signal,
    ).then((page) => page.items[0] ?? null);
  const [before, after] = await Promise.all([
    first(vmRestorePointFilters.ofVmAtOrBefore(vmName, at), 'desc'),
    first(vmRestorePointFilters.ofVmAfter(vmName, at), 'asc'),
  ]);
  return { before, after };
}

const root = ['em', 'vmRestorePoints'] as const;

export const vmRestorePointQueries = {
  all: () => root,
  ...listQueries(root, 'VmRestorePoint', vmRestorePointPage),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...root, 'detail', id],
      queryFn: ({ signal }) => fetchVmRestorePoint(id, signal),
    }),
  byUids: (uids: readonly string[]) => {
    const sorted = [...new Set(uids)].sort();
    return queryOptions({
      queryKey: [...root, 'list', { uids: sorted }],
      queryFn: ({ signal }) =>
        fetchEntitiesByUid('VmRestorePoint', vmRestorePointPage, sorted, signal),
      enabled: sorted.length > 0,
      staleTime: 5 * 60_000,
    });
  },
  /** A VM's oldest point; with one per page, the page count is the VM's number of points. */
  oldestOfVm: (vmName: string) =>
    queryOptions({
      queryKey: [...root, 'oldest', { vmName }],
      queryFn: ({ signal }) =>
        fetchListPage(
          'VmRestorePoint',
          vmRestorePointPage,
          {
            filter: vmRestorePointFilters.ofVm(vmName),
            sort: { field: 'CreationTime', direction: 'asc' },
            page: 1,
            pageSize: 1,
          },
          signal,
        ).then((page) => ({
          oldest: page.items[0] ?? null,
          count: page.items.length ? page.pageCount : 0,
        })),
    }),
  /** Restoring to a point in time: the newest point at or before `at`, the first after it. */
  nearest: (vmName: string, at: Date) =>
    queryOptions({
      queryKey: [...root, 'nearest', { vmName, at: at.toISOString() }],
      queryFn: ({ signal }) => fetchNearest(vmName, at, signal),
    }),
  /** Every point of a VM since `from`, newest first: the timeline's period, not the whole history. */
  ofVmSince: (vmName: string, from: Date) =>
    queryOptions({
      queryKey: [...root, 'list', { vmName, from: from.toISOString() }],
      queryFn: ({ signal }) =>
        fetchWholeList(
          'VmRestorePoint',
          vmRestorePointPage,
          {
            filter: vmRestorePointFilters.ofVmSince(vmName, from),
            sort: { field: 'CreationTime', direction: 'desc' },
          },
          signal,
          { pageSize: 1000 },
        ),
    }),
};
