import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { M365Version } from './auth';
import { fetchAll, m365Get, m365Path } from './http';
import { LinksSchema, OptionalDateSchema, rawFields, toOptionalDate } from './schema';

/**
 * RestOrganizationComposed: the fields this app shows; the rest stay in `raw`
 * (docs/api-notes.md#m365-organizations-jobs-and-repositories).
 */
export const OrganizationSchema = z
  .looseObject({
    id: z.string().nullish(),
    name: z.string().nullish(),
    officeName: z.string().nullish(),
    type: z.string().nullish(),
    region: z.string().nullish(),
    isBackedup: z.boolean().nullish(),
    firstBackuptime: OptionalDateSchema,
    lastBackuptime: OptionalDateSchema,
    msid: z.string().nullish(),
    isExchangeOnline: z.boolean().nullish(),
    isSharePointOnline: z.boolean().nullish(),
    isTeamsOnline: z.boolean().nullish(),
    _links: LinksSchema,
  })
  .transform((value, ctx) => {
    if (!value.id) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'the organization has no id' });
      return z.NEVER;
    }
    const raw = rawFields(value);
    return {
      id: value.id,
      /** The tenant's name, e.g. contoso.onmicrosoft.com. */
      name: value.name ?? value.id,
      officeName: value.officeName ?? null,
      /** What people call it: the office name, else the tenant name. */
      displayName: value.officeName || value.name || value.id,
      type: value.type ?? null,
      region: value.region ?? null,
      isBackedUp: value.isBackedup ?? null,
      firstBackup: toOptionalDate(value.firstBackuptime),
      lastBackup: toOptionalDate(value.lastBackuptime),
      msid: value.msid ?? null,
      services: {
        exchange: value.isExchangeOnline ?? null,
        sharePoint: value.isSharePointOnline ?? null,
        teams: value.isTeamsOnline ?? null,
      },
      links: value._links,
      raw,
    };
  });
export type Organization = z.output<typeof OrganizationSchema>;

export function fetchOrganizations(version: M365Version, signal?: AbortSignal) {
  // extendedView is marked required in the v6 spec; false is the plain view.
  return fetchAll(version, 'Organizations', OrganizationSchema, {
    query: { extendedView: false },
    signal,
  });
}

export function fetchOrganization(version: M365Version, id: string, signal?: AbortSignal) {
  return m365Get(
    m365Path(version, `Organizations/${encodeURIComponent(id)}`),
    OrganizationSchema,
    signal,
  );
}

/** Names change rarely: the lists used to fill selects and name ids stay fresh for 5 minutes. */
const LOOKUP_STALE_MS = 5 * 60_000;

export const organizationQueries = {
  all: () => ['m365', 'organizations'] as const,
  list: (version: M365Version) =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'list', { version }],
      queryFn: ({ signal }) => fetchOrganizations(version, signal),
      staleTime: LOOKUP_STALE_MS,
    }),
  detail: (version: M365Version, id: string) =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'detail', { version, id }],
      queryFn: ({ signal }) => fetchOrganization(version, id, signal),
    }),
};
