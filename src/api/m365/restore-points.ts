import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { M365Version } from './auth';
import { pagesOnServer, toApiQuery, type RestorePointView } from './filters';
import { FETCH_ALL_LIMIT, fetchAll, m365Get, m365Path } from './http';
import {
  LinksSchema,
  OptionalDateSchema,
  UtcDateTextSchema,
  findLink,
  pageSchema,
  rawFields,
  toDate,
  toOptionalDate,
  type Page,
} from './schema';
import { DAY_MS } from '@/lib/dates';

export const WORKLOADS = ['exchange', 'sharePoint', 'oneDrive', 'teams'] as const;
export type Workload = (typeof WORKLOADS)[number];
export const WORKLOAD_LABELS: Record<Workload, string> = {
  exchange: 'Exchange',
  sharePoint: 'SharePoint',
  oneDrive: 'OneDrive',
  teams: 'Teams',
};

/**
 * RESTRestorePoint (docs/api-notes.md#m365-restore-points). No field is
 * required by the spec; a point without an id or a backup time is of no use
 * here, so those two are. Ids are opaque (72 characters in the v6 help page,
 * GUIDs elsewhere).
 */
export const RestorePointSchema = z
  .looseObject({
    id: z.string().min(1),
    repositoryId: z.string().nullish(),
    backupTime: UtcDateTextSchema,
    jobId: z.string().nullish(),
    retrievalId: z.string().nullish(),
    organizationId: z.string().nullish(),
    isExchange: z.boolean().nullish(),
    isSharePoint: z.boolean().nullish(),
    isOneDrive: z.boolean().nullish(),
    isTeams: z.boolean().nullish(),
    isLongTermCopy: z.boolean().nullish(),
    isRetrieved: z.boolean().nullish(),
    // v7+
    isCopy: z.boolean().nullish(),
    isDeleted: z.boolean().nullish(),
    // v8
    eTag: z.number().nullish(),
    objectsEtag: z.number().nullish(),
    immutabilityExpiresOn: OptionalDateSchema,
    _links: LinksSchema,
  })
  .transform((value) => {
    const workloads: Record<Workload, boolean> = {
      exchange: value.isExchange ?? false,
      sharePoint: value.isSharePoint ?? false,
      oneDrive: value.isOneDrive ?? false,
      teams: value.isTeams ?? false,
    };
    return {
      id: value.id,
      backupTime: toDate(value.backupTime),
      organizationId: value.organizationId ?? null,
      jobId: value.jobId ?? null,
      repositoryId: value.repositoryId ?? null,
      /** The all-zero GUID on points no retrieval job brought back. */
      retrievalId: value.retrievalId ?? null,
      workloads,
      isLongTermCopy: value.isLongTermCopy ?? false,
      isRetrieved: value.isRetrieved ?? false,
      isCopy: value.isCopy ?? null,
      isDeleted: value.isDeleted ?? null,
      eTag: value.eTag ?? null,
      objectsEtag: value.objectsEtag ?? null,
      immutabilityExpiresOn: toOptionalDate(value.immutabilityExpiresOn),
      links: value._links,
      organizationHref: findLink(value._links, 'organization')?.href ?? null,
      repositoryHref: findLink(value._links, 'backupRepository')?.href ?? null,
      raw: rawFields(value),
    };
  });
export type RestorePoint = z.output<typeof RestorePointSchema>;

const RestorePointPageSchema = pageSchema(RestorePointSchema);
export type RestorePointPage = Page<RestorePoint>;

/**
 * GET /vN/RestorePoints with the query `toApiQuery` built: the whole filtered
 * list on v6, one page on v7/v8.
 */
export function fetchRestorePoints(
  version: M365Version,
  query: Record<string, string>,
  signal?: AbortSignal,
): Promise<RestorePointPage> {
  return m365Get(m365Path(version, 'RestorePoints', query), RestorePointPageSchema, signal);
}

/** Every restore point of the view's filters (its page and size aside): the CSV export. */
export function fetchAllRestorePoints(
  version: M365Version,
  view: RestorePointView,
  signal?: AbortSignal,
): Promise<RestorePoint[]> {
  const { limit: _limit, offset: _offset, ...query } = toApiQuery(version, view);
  return fetchAll(version, 'RestorePoints', RestorePointSchema, {
    query,
    paged: pagesOnServer(version),
    ...(signal ? { signal } : {}),
  });
}

export function fetchRestorePoint(
  version: M365Version,
  id: string,
  signal?: AbortSignal,
): Promise<RestorePoint> {
  return m365Get(
    m365Path(version, `RestorePoints/${encodeURIComponent(id)}`),
    RestorePointSchema,
    signal,
  );
}

/** How far back the organization page looks for its timeline. */
export const HISTORY_DAYS_DEFAULT = 30;
const HISTORY_MAX_PAGES = 20;

export interface OrganizationHistory {
  /** The newest point that holds each workload, or null when none was found. */
  newest: Record<Workload, RestorePoint | null>;
  /** Every point of the last `days` days, newest first. */
  points: RestorePoint[];
  /** The search stopped before the oldest point (a very long history). */
  truncated: boolean;
}

/**
 * The organization's recent points and the newest one per workload. Reads newest
 * first until it has both the whole window and a point of every workload (or
 * none are left): one request on v6, large pages on v7/v8.
 */
export async function fetchOrganizationHistory(
  version: M365Version,
  organizationId: string,
  days: number,
  options: { now?: Date; signal?: AbortSignal } = {},
): Promise<OrganizationHistory> {
  const since = (options.now ?? new Date()).getTime() - days * DAY_MS;
  const newest: Record<Workload, RestorePoint | null> = {
    exchange: null,
    sharePoint: null,
    oneDrive: null,
    teams: null,
  };
  const points: RestorePoint[] = [];
  const take = (page: RestorePoint[]) => {
    for (const point of page) {
      for (const workload of WORKLOADS) {
        if (point.workloads[workload] && !newest[workload]) newest[workload] = point;
      }
      if (point.backupTime.getTime() >= since) points.push(point);
    }
  };
  const done = (page: RestorePoint[]) => {
    const oldest = page.at(-1);
    const pastWindow = !oldest || oldest.backupTime.getTime() < since;
    return pastWindow && WORKLOADS.every((workload) => newest[workload] !== null);
  };

  if (version === 'v6') {
    const page = await m365Get(
      m365Path(version, 'RestorePoints', { organizationId }),
      RestorePointPageSchema,
      options.signal,
    );
    take([...page.items].sort(byTimeDesc));
    return { newest, points, truncated: false };
  }
  let offset = 0;
  for (let index = 0; index < HISTORY_MAX_PAGES; index += 1) {
    const page = await m365Get(
      m365Path(version, 'RestorePoints', {
        organizationId,
        orderAsc: false,
        limit: FETCH_ALL_LIMIT,
        offset,
      }),
      RestorePointPageSchema,
      options.signal,
    );
    take(page.items);
    if (!page.hasNext || page.items.length === 0 || done(page.items)) {
      return { newest, points, truncated: false };
    }
    offset = page.offset + page.items.length;
  }
  return { newest, points, truncated: true };
}

function byTimeDesc(a: RestorePoint, b: RestorePoint): number {
  return b.backupTime.getTime() - a.backupTime.getTime();
}

export const restorePointQueries = {
  all: () => ['m365', 'restorePoints'] as const,
  /** Keyed by the API query (and version), so two views that ask the same share the answer. */
  list: (version: M365Version, view: RestorePointView) => {
    const query = toApiQuery(version, view);
    return queryOptions({
      queryKey: [...restorePointQueries.all(), 'list', { version, query }],
      queryFn: ({ signal }) => fetchRestorePoints(version, query, signal),
    });
  },
  detail: (version: M365Version, id: string) =>
    queryOptions({
      queryKey: [...restorePointQueries.all(), 'detail', { version, id }],
      queryFn: ({ signal }) => fetchRestorePoint(version, id, signal),
    }),
  ofOrganization: (version: M365Version, organizationId: string, days: number) =>
    queryOptions({
      queryKey: [...restorePointQueries.all(), 'list', { version, organizationId, days }],
      queryFn: ({ signal }) => fetchOrganizationHistory(version, organizationId, days, { signal }),
    }),
  /** The newest point per workload only (no window): what the overview shows per organization. */
  newestOfOrganization: (version: M365Version, organizationId: string) =>
    queryOptions({
      queryKey: [...restorePointQueries.all(), 'newest', { version, organizationId }],
      queryFn: ({ signal }) => fetchOrganizationHistory(version, organizationId, 0, { signal }),
    }),
};
