import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { M365Version } from './auth';
import { fetchAll } from './http';
import { LinksSchema, OptionalDateSchema, rawFields, toOptionalDate } from './schema';

/**
 * RESTJob. `organizationId` and `lastBackup` arrived in v7
 * (docs/api-notes.md#m365-organizations-jobs-and-repositories).
 */
export const JobSchema = z
  .looseObject({
    id: z.string(),
    name: z.string().nullish(),
    description: z.string().nullish(),
    organizationId: z.string().nullish(),
    repositoryId: z.string().nullish(),
    backupType: z.string().nullish(),
    isEnabled: z.boolean().nullish(),
    lastRun: OptionalDateSchema,
    nextRun: OptionalDateSchema,
    lastBackup: OptionalDateSchema,
    lastStatus: z.string().nullish(),
    _links: LinksSchema,
  })
  .transform((value) => ({
    id: value.id,
    name: value.name || value.id,
    description: value.description ?? null,
    organizationId: value.organizationId ?? null,
    repositoryId: value.repositoryId ?? null,
    backupType: value.backupType ?? null,
    isEnabled: value.isEnabled ?? null,
    lastRun: toOptionalDate(value.lastRun),
    nextRun: toOptionalDate(value.nextRun),
    lastBackup: toOptionalDate(value.lastBackup),
    lastStatus: value.lastStatus ?? null,
    links: value._links,
    raw: rawFields(value),
  }));
export type Job = z.output<typeof JobSchema>;

export function fetchJobs(version: M365Version, signal?: AbortSignal) {
  return fetchAll(version, 'Jobs', JobSchema, { signal });
}

export const jobQueries = {
  all: () => ['m365', 'jobs'] as const,
  list: (version: M365Version) =>
    queryOptions({
      queryKey: [...jobQueries.all(), 'list', { version }],
      queryFn: ({ signal }) => fetchJobs(version, signal),
      staleTime: 5 * 60_000,
    }),
};
