import { Anchor, Skeleton, Stack } from '@mantine/core';
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import type { M365Version } from '@/api/m365/auth';
import { backupRepositoryQueries } from '@/api/m365/backup-repositories';
import {
  EMPTY_VIEW,
  hasFilters,
  readView,
  viewChanges,
  type RestorePointView,
} from '@/api/m365/filters';
import { jobQueries } from '@/api/m365/jobs';
import { organizationQueries } from '@/api/m365/organizations';
import { restorePointQueries } from '@/api/m365/restore-points';
import { PageHeader } from '@/components/page-header';
import { PageSkeleton } from '@/components/page-skeleton';
import { QueryError } from '@/components/query-error';
import { requireM365 } from '../guards';
import { loaderQuery } from '../loader-query';
import { RestorePointDrawer } from './restore-points/drawer';
import { RestorePointFilters } from './restore-points/filters';
import { RestorePointsTable } from './restore-points/table';
import { useLookups } from './common/use-lookups';
import { useUrlState } from '@/components/use-url-state';
import { VersionBadge } from './common/version-badge';
import { useSessions } from '../sessions';

export function loader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const query = loaderQuery(queryClient, request.signal);
    const version = requireM365(request);
    const view = readView(new URL(request.url).searchParams);
    // The list starts at once; the page shows its errors inline, next to the filters.
    void query(restorePointQueries.list(version, view)).catch(() => undefined);
    // Names for the filters and the table; a failure shows on the page, not instead of it.
    const ignore = () => undefined;
    await Promise.all([
      query(organizationQueries.list(version)).catch(ignore),
      query(jobQueries.list(version)).catch(ignore),
      query(backupRepositoryQueries.list(version)).catch(ignore),
    ]);
    return null;
  };
}

export function Component() {
  const { m365 } = useSessions();
  // Signing out of Microsoft 365 leaves this page; until then there is nothing to ask.
  if (!m365) return <PageSkeleton />;
  return <RestorePointsPage version={m365.version} />;
}

function RestorePointsPage({ version }: { version: M365Version }) {
  const [params, setParams] = useUrlState();
  const view = readView(params);
  const pointId = params.get('point');
  const { lookups, queries } = useLookups(version);
  const list = useQuery({
    ...restorePointQueries.list(version, view),
    placeholderData: keepPreviousData,
  });

  const update = useCallback(
    (changes: Partial<RestorePointView>) => {
      setParams((current) => viewChanges(current, changes));
    },
    [setParams],
  );
  const setPoint = (id: string | null) => {
    setParams({ point: id }, { preventScrollReset: true });
  };
  const pointLink = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('point', id);
    return `?${next.toString()}`;
  };
  const clearFilters = () => {
    update({ ...EMPTY_VIEW, sort: view.sort, dir: view.dir });
  };

  const lookupError =
    queries.organizations.error ?? queries.jobs.error ?? queries.repositories.error;
  const fromList = pointId ? list.data?.items.find((point) => point.id === pointId) : undefined;

  return (
    <>
      <PageHeader
        kicker="Microsoft 365"
        title="Restore points"
        crumbs={[{ label: 'Microsoft 365' }, { label: 'Restore points' }]}
        actions={<VersionBadge version={version} />}
      />
      <RestorePointFilters
        version={version}
        view={view}
        lookups={lookups}
        onChange={update}
        onClear={clearFilters}
      />
      {lookupError ? (
        <QueryError
          compact
          error={lookupError}
          onRetry={() => {
            void queries.organizations.refetch();
            void queries.jobs.refetch();
            void queries.repositories.refetch();
          }}
        />
      ) : null}
      {list.error ? (
        <QueryError compact error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data ? (
        <RestorePointsTable
          version={version}
          view={view}
          data={list.data}
          lookups={lookups}
          refreshing={list.isPlaceholderData}
          pointLink={pointLink}
          onOpen={setPoint}
          emptyText={
            view.page > 1 ? (
              <Anchor
                component="button"
                type="button"
                onClick={() => {
                  update({ page: 1 });
                }}
              >
                Go to the first page
              </Anchor>
            ) : hasFilters(view) ? (
              <>
                Nothing matches these filters.{' '}
                <Anchor component="button" type="button" onClick={clearFilters}>
                  Clear the filters
                </Anchor>{' '}
                to see every restore point.
              </>
            ) : (
              'The server has no restore points yet. They appear once a backup job has run.'
            )
          }
        />
      ) : (
        <Stack gap="xs" aria-busy="true" aria-label="Loading restore points">
          {Array.from({ length: 8 }, (_, index) => (
            <Skeleton key={index} height={28} />
          ))}
        </Stack>
      )}
      <RestorePointDrawer
        version={version}
        pointId={pointId}
        fromList={fromList}
        lookups={lookups}
        onClose={() => {
          setPoint(null);
        }}
      />
    </>
  );
}
