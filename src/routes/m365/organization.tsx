import { Button, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import type { M365Version } from '@/api/m365/auth';
import { organizationQueries } from '@/api/m365/organizations';
import { restorePointQueries, type RestorePoint } from '@/api/m365/restore-points';
import { paths } from '@/config/paths';
import { PageHeader } from '@/components/page-header';
import { PageSkeleton } from '@/components/page-skeleton';
import { QueryError } from '@/components/query-error';
import { RawSection } from '@/components/raw-section';
import { requireM365 } from '../guards';
import { loaderQuery } from '../loader-query';
import { ObjectiveControls } from '@/components/objective-controls';
import { PERIODS } from './organization/search-params';
import { OrganizationDetails } from './organization/details';
import { readObjective } from '@/lib/objective';
import { readDays } from './organization/search-params';
import { Workloads } from './organization/workloads';
import { PointInTime, readWorkload } from './organization/point-in-time';
import { nearestRestorePointQueries } from '@/api/m365/nearest-restore-points';
import { parseAt } from '@/lib/point-in-time';
import { useLookups } from './common/use-lookups';
import { VersionBadge } from './common/version-badge';
import { useSessions } from '../sessions';
import { useUrlState } from '@/components/use-url-state';

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const query = loaderQuery(queryClient, request.signal);
    const version = requireM365(request);
    const id = params.organizationId ?? '';
    const search = new URL(request.url).searchParams;
    const days = readDays(search);
    // A shared point-in-time link: its answer loads alongside too.
    const at = parseAt(search.get('at'));
    if (at) {
      void queryClient
        .query(nearestRestorePointQueries.nearest(version, id, readWorkload(search), at))
        .catch(() => undefined);
    }
    // The history is secondary: it loads alongside and shows its own errors.
    void query(restorePointQueries.ofOrganization(version, id, days)).catch(() => undefined);
    await query(organizationQueries.detail(version, id));
    return null;
  };
}

export function Component() {
  const { m365 } = useSessions();
  if (!m365) return <PageSkeleton />;
  return <OrganizationPage version={m365.version} />;
}

function OrganizationPage({ version }: { version: M365Version }) {
  const id = useParams().organizationId ?? '';
  const [params, setParams] = useUrlState();
  const navigate = useNavigate();
  const objective = readObjective(params);
  const days = readDays(params);
  const { data: organization } = useSuspenseQuery(organizationQueries.detail(version, id));
  const historyQuery = useQuery(restorePointQueries.ofOrganization(version, id, days));
  const { lookups } = useLookups(version);
  const [now] = useState(() => new Date());

  const pointPath = (point: RestorePoint) =>
    `${paths.m365RestorePoints({ org: organization.id })}&point=${encodeURIComponent(point.id)}`;
  const pointInTime = (
    <PointInTime
      version={version}
      organization={organization}
      lookups={lookups}
      pointPath={pointPath}
    />
  );

  return (
    <>
      <PageHeader
        kicker="Microsoft 365 organization"
        title={organization.displayName}
        crumbs={[
          { label: 'Restore points', to: paths.m365RestorePoints() },
          { label: organization.displayName },
        ]}
        actions={
          <>
            <VersionBadge version={version} />
            <Button
              component={Link}
              to={paths.m365RestorePoints({ org: organization.id })}
              size="xs"
            >
              Restore points of this organization
            </Button>
          </>
        }
      >
        <Text size="sm" c="dimmed">
          {organization.name}
        </Text>
      </PageHeader>
      <ObjectiveControls
        objective={objective}
        period={days}
        periods={PERIODS}
        onParamChange={(name, value) => {
          setParams({ [name]: value });
        }}
      />
      {historyQuery.error ? (
        <>
          <QueryError
            compact
            error={historyQuery.error}
            onRetry={() => void historyQuery.refetch()}
          />
          {pointInTime}
        </>
      ) : !historyQuery.data ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading restore points" mb="md">
          <Skeleton height={120} />
          <Skeleton height={120} />
        </Stack>
      ) : (
        <Workloads
          organization={organization}
          history={historyQuery.data}
          lookups={lookups}
          objective={objective}
          days={days}
          now={now}
          pointPath={pointPath}
          onOpenPoint={(point) => void navigate(pointPath(point))}
        >
          {pointInTime}
        </Workloads>
      )}
      <OrganizationDetails organization={organization} />
      <RawSection raw={organization.raw} links={organization.links} />
    </>
  );
}
