import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { M365Version } from '@/api/m365/auth';
import { backupRepositoryQueries, type BackupRepository } from '@/api/m365/backup-repositories';
import { jobQueries, type Job } from '@/api/m365/jobs';
import { organizationQueries, type Organization } from '@/api/m365/organizations';

/** Ids compare without case (GUIDs may arrive in either). */
export const idKey = (id: string) => id.toLowerCase();

function byId<T extends { id: string }>(items: T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [idKey(item.id), item]));
}

export interface Lookups {
  organizations: Organization[];
  jobs: Job[];
  repositories: BackupRepository[];
  organization: (id: string | null) => Organization | undefined;
  job: (id: string | null) => Job | undefined;
  repository: (id: string | null) => BackupRepository | undefined;
  /** What to show for an id: its name, or the id while names are loading or unknown. */
  organizationName: (id: string | null) => string;
  jobName: (id: string | null) => string;
  repositoryName: (id: string | null) => string;
}

/**
 * Organizations, jobs and repositories, to fill the filters and to show names
 * instead of ids. Secondary data: each may fail alone (the caller shows why)
 * and the page falls back to ids.
 */
export function useLookups(version: M365Version) {
  const organizations = useQuery(organizationQueries.list(version));
  const jobs = useQuery(jobQueries.list(version));
  const repositories = useQuery(backupRepositoryQueries.list(version));
  const lookups = useMemo((): Lookups => {
    const orgs = byId(organizations.data);
    const jobMap = byId(jobs.data);
    const repos = byId(repositories.data);
    const find =
      <T>(map: Map<string, T>) =>
      (id: string | null) =>
        id ? map.get(idKey(id)) : undefined;
    return {
      organizations: organizations.data ?? [],
      jobs: jobs.data ?? [],
      repositories: repositories.data ?? [],
      organization: find(orgs),
      job: find(jobMap),
      repository: find(repos),
      organizationName: (id) => (id ? (orgs.get(idKey(id))?.displayName ?? id) : '—'),
      jobName: (id) => (id ? (jobMap.get(idKey(id))?.name ?? id) : '—'),
      repositoryName: (id) => (id ? (repos.get(idKey(id))?.name ?? id) : '—'),
    };
  }, [organizations.data, jobs.data, repositories.data]);
  return { lookups, queries: { organizations, jobs, repositories } };
}
