import { Text } from '@mantine/core';
import { useQueries, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import type { M365Version } from '@/api/m365/auth';
import { organizationQueries } from '@/api/m365/organizations';
import { WORKLOAD_LABELS, restorePointQueries, type Workload } from '@/api/m365/restore-points';
import { DataTable } from '@/components/data-table';
import { ObjectiveControls } from '@/components/objective-controls';
import { PageHeader } from '@/components/page-header';
import { PageSkeleton } from '@/components/page-skeleton';
import { Section } from '@/components/section';
import { StateButtons, StateTable } from '@/components/state-summary';
import { useUrlState } from '@/components/use-url-state';
import { formatObjective } from '@/lib/duration';
import { readObjective } from '@/lib/objective';
import { countStates } from '@/lib/protection-state';
import { requireM365 } from '../guards';
import { useSessions } from '../sessions';
import { VersionBadge } from './common/version-badge';
import { columns } from './overview/columns';
import { countByWorkload, toRow } from './overview/rows';

export function loader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const version = requireM365(request);
    await queryClient.query(organizationQueries.list(version));
    return null;
  };
}

export function Component() {
  const { m365 } = useSessions();
  if (!m365) return <PageSkeleton />;
  return <Overview version={m365.version} />;
}

const STATES = ['within', 'outside'] as const;
const LIST_TITLES = {
  all: 'All organizations',
  within: 'Organizations within the objective',
  outside: 'Organizations outside the objective',
};

/**
 * Every organization of the signed-in server, its newest restore point per
 * workload against the objective. One request per organization (its newest
 * points), not per workload or restore point.
 */
function Overview({ version }: { version: M365Version }) {
  const [params, setParams] = useUrlState();
  const objective = readObjective(params);
  const state = STATES.find((known) => known === params.get('state')) ?? null;
  const [now] = useState(() => new Date());
  const { data: organizations } = useSuspenseQuery(organizationQueries.list(version));
  const histories = useQueries({
    queries: organizations.map((organization) =>
      restorePointQueries.newestOfOrganization(version, organization.id),
    ),
  });
  // Tens of organizations at most: cheap to recompute on every render.
  const rows = organizations.map((organization, i) =>
    toRow(organization, histories[i]?.data, histories[i]?.error, objective, now),
  );
  const ready = rows.filter((row) => row.state !== null);
  const counts = countStates(ready, (row) => row.state ?? 'outside');
  const listed = state ? rows.filter((row) => row.state === state) : rows;
  const pending = rows.length - ready.length;

  return (
    <>
      <PageHeader
        kicker="Microsoft 365"
        title="Overview"
        actions={<VersionBadge version={version} />}
      >
        <Text size="sm" c="dimmed" maw={640}>
          Each organization&apos;s newest restore point per workload against the recovery point
          objective. A workload without any restore point counts as outside it.
          {pending ? ` Loading ${String(pending)} of ${String(rows.length)} organizations…` : ''}
        </Text>
      </PageHeader>
      <ObjectiveControls
        objective={objective}
        onParamChange={(name, value) => {
          setParams({ [name]: value });
        }}
      />
      <StateButtons
        counts={{ within: counts.within, outside: counts.outside }}
        labels={{
          within: 'Organizations within objective',
          outside: 'Organizations outside objective',
        }}
        descriptions={{
          within: `Every workload has a restore point at most ${formatObjective(objective)} old`,
          outside: `A workload's newest restore point is older than ${formatObjective(objective)}, or it has none`,
        }}
        active={state}
        onSelect={(next) => {
          setParams({ state: next, page: null });
        }}
      />
      <Section title="By workload">
        <StateTable
          label="Organizations per workload"
          groupHeader="Workload"
          totalHeader="Organizations"
          groups={countByWorkload(rows)}
          states={STATES}
          groupLabel={(workload) => WORKLOAD_LABELS[workload as Workload]}
        />
      </Section>
      <DataTable
        label={LIST_TITLES[state ?? 'all']}
        rows={listed}
        columns={columns(objective)}
        rowKey={(row) => row.organization.id}
        defaultSort={{ key: 'organization', direction: 'asc' }}
        filterLabel="Organization"
        filterHint="Any part of its name or tenant"
        emptyTitle={organizations.length ? 'No organizations here' : 'No organizations'}
        emptyText={
          organizations.length
            ? 'No organization matches. Click the pressed count again to see all.'
            : 'This server backs up no Microsoft 365 organization yet.'
        }
        caption="Each workload's age is the time since its newest restore point. The export has the rows of the current filters, in this order, with ages in hours."
      />
    </>
  );
}
