import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import {
  Link,
  useNavigate,
  useParams,
  useSearchParams,
  type LoaderFunctionArgs,
} from 'react-router';
import type { M365Version } from '@/api/m365/auth';
import { organizationQueries, type Organization } from '@/api/m365/organizations';
import {
  HISTORY_DAYS_DEFAULT,
  WORKLOADS,
  WORKLOAD_LABELS,
  restorePointQueries,
  type OrganizationHistory,
  type RestorePoint,
  type Workload,
} from '@/api/m365/restore-points';
import { paths } from '@/app/paths';
import { DateTime } from '@/components/date-time';
import { FieldList } from '@/components/field-list';
import { FreshnessCard } from '@/components/freshness-card';
import { PageHeader } from '@/components/page-header';
import { PageSkeleton } from '@/components/page-skeleton';
import { QueryError } from '@/components/query-error';
import { RawSection } from '@/components/raw-section';
import { RestorePointTimeline, type TimelinePoint } from '@/components/restore-point-timeline';
import { RouteError } from '@/components/route-error';
import { Section } from '@/components/section';
import { formatDuration } from '@/lib/duration';
import { DEFAULT_GAP_TOLERANCE, ageHours, findGaps, type Gap } from '@/lib/gaps';
import { requireM365 } from './m365/guard';
import { useLookups, type Lookups } from './m365/use-lookups';
import { VersionBadge } from './m365/version-badge';
import { workloadText } from './m365/workload-badges';
import { useSessions } from './use-sessions';

const DEFAULT_RPO_HOURS = 24;
const PERIODS = ['7', '30', '90'] as const;
const DAY_MS = 86_400_000;

/** `rpo` in hours (0 < rpo ≤ one year), else the default. */
function readObjective(params: URLSearchParams): number {
  const value = Number(params.get('rpo'));
  return Number.isFinite(value) && value > 0 && value <= 8760 ? value : DEFAULT_RPO_HOURS;
}

/** `days` of history for the timeline. */
function readDays(params: URLSearchParams): number {
  const value = Number(params.get('days'));
  return Number.isInteger(value) && value > 0 && value <= 3650 ? value : HISTORY_DAYS_DEFAULT;
}

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const version = requireM365(request);
    const id = params.organizationId ?? '';
    const days = readDays(new URL(request.url).searchParams);
    // The history is secondary: it loads alongside and shows its own errors.
    void queryClient
      .query(restorePointQueries.ofOrganization(version, id, days))
      .catch(() => undefined);
    await queryClient.query(organizationQueries.detail(version, id));
    return null;
  };
}

export function Component() {
  const { m365 } = useSessions();
  if (!m365) return <PageSkeleton />;
  return <OrganizationPage version={m365.version} />;
}

/** What a point is, as the timeline's colour and the card's "type". */
function kind(point: RestorePoint): string {
  if (point.isRetrieved) return 'Retrieved';
  if (point.isLongTermCopy) return 'Long-term copy';
  return 'Backup';
}
const KIND_COLORS: Record<string, string> = {
  Backup: 'blue',
  'Long-term copy': 'grape',
  Retrieved: 'orange',
};

type TimelineRow = TimelinePoint & { point: RestorePoint };

function OrganizationPage({ version }: { version: M365Version }) {
  const id = useParams().organizationId ?? '';
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const objective = readObjective(params);
  const days = readDays(params);
  const { data: organization } = useSuspenseQuery(organizationQueries.detail(version, id));
  const historyQuery = useQuery(restorePointQueries.ofOrganization(version, id, days));
  const { lookups } = useLookups(version);
  const [now] = useState(() => new Date());

  const setParam = (key: string, value: string) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  };
  const pointPath = (point: RestorePoint) =>
    `${paths.m365RestorePoints({ org: organization.id })}&point=${encodeURIComponent(point.id)}`;

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
      <Group gap="md" align="flex-end" mb="md" wrap="wrap">
        <ObjectiveInput
          value={objective}
          onChange={(hours) => {
            setParam('rpo', String(hours));
          }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="m365-period-label">
            Timeline period
          </Text>
          <SegmentedControl
            aria-labelledby="m365-period-label"
            value={String(days)}
            data={[
              ...PERIODS.map((value) => ({ value, label: `${value} d` })),
              ...(PERIODS.some((value) => value === String(days))
                ? []
                : [{ value: String(days), label: `${String(days)} d` }]),
            ]}
            onChange={(value) => {
              setParam('days', value);
            }}
          />
        </Stack>
      </Group>
      {historyQuery.error ? (
        <QueryError
          compact
          error={historyQuery.error}
          onRetry={() => void historyQuery.refetch()}
        />
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
        />
      )}
      <Section title="Details">
        <FieldList
          fields={[
            { label: 'Name', value: organization.officeName },
            { label: 'Tenant', value: organization.name },
            { label: 'Type', value: organization.type },
            { label: 'Region', value: organization.region },
            {
              label: 'Backed up',
              value:
                organization.isBackedUp === null ? null : organization.isBackedUp ? 'Yes' : 'No',
            },
            { label: 'First backup', value: <DateTime value={organization.firstBackup} /> },
            { label: 'Last backup', value: <DateTime value={organization.lastBackup} /> },
            { label: 'Exchange Online', value: yesNo(organization.services.exchange) },
            { label: 'SharePoint Online', value: yesNo(organization.services.sharePoint) },
            { label: 'Teams', value: yesNo(organization.services.teams) },
            { label: 'Microsoft 365 tenant id (msid)', value: organization.msid },
            { label: 'Organization id', value: organization.id },
          ]}
        />
      </Section>
      <RawSection raw={organization.raw} links={organization.links} />
    </>
  );
}

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'Yes' : 'No');

interface WorkloadsProps {
  organization: Organization;
  history: OrganizationHistory;
  lookups: Lookups;
  objective: number;
  days: number;
  now: Date;
  pointPath: (point: RestorePoint) => string;
  onOpenPoint: (point: RestorePoint) => void;
}

/** The newest point per workload against the objective, then the period's points per workload. */
function Workloads({
  organization,
  history,
  lookups,
  objective,
  days,
  now,
  pointPath,
  onOpenPoint,
}: WorkloadsProps) {
  const stale = WORKLOADS.filter((workload) => {
    const newest = history.newest[workload];
    return !newest || ageHours(newest.backupTime, now) > objective;
  });
  const timeline = useMemo(() => {
    const rows: TimelineRow[] = [];
    const gaps: Gap[] = [];
    for (const workload of WORKLOADS) {
      const points = history.points.filter((point) => point.workloads[workload]);
      const newest = history.newest[workload];
      for (const point of points) {
        rows.push({
          id: `${point.id}-${workload}`,
          time: point.backupTime,
          type: kind(point),
          lane: WORKLOAD_LABELS[workload],
          title: lookups.jobName(point.jobId),
          details: [
            { label: 'Repository', value: lookups.repositoryName(point.repositoryId) },
            { label: 'Workloads', value: workloadText(point.workloads) },
          ],
          point,
        });
      }
      const times = points.map((point) => point.backupTime);
      if (newest) times.push(newest.backupTime);
      gaps.push(...findGaps(times, objective, now, { tolerance: DEFAULT_GAP_TOLERANCE }));
    }
    // Workloads backed up together share their gaps: mark each stretch once.
    const unique = new Map(
      gaps.map((gap) => [`${String(gap.start.getTime())}-${String(gap.end.getTime())}`, gap]),
    );
    return {
      rows,
      gaps: [...unique.values()].sort((a, b) => a.start.getTime() - b.start.getTime()),
    };
  }, [history, lookups, objective, now]);

  return (
    <>
      <div role="status">
        {stale.length ? (
          <Alert
            color="orange"
            variant="light"
            mb="md"
            title={`${String(stale.length)} of 4 workloads older than the ${formatDuration(objective)} objective`}
          >
            {stale.map((workload) => WORKLOAD_LABELS[workload]).join(', ')}:{' '}
            {organization.displayName} has no restore point of {stale.length === 1 ? 'it' : 'them'}{' '}
            from the last {formatDuration(objective)}. Check the backup{' '}
            {stale.length === 1 ? 'job that covers it' : 'jobs that cover them'}.
          </Alert>
        ) : (
          <Text size="sm" mb="md" c="var(--mantine-color-teal-text)" fw={500}>
            ✓ Every workload has a restore point within the {formatDuration(objective)} objective.
          </Text>
        )}
      </div>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md" verticalSpacing={0}>
        {WORKLOADS.map((workload) => (
          <WorkloadCard
            key={workload}
            workload={workload}
            newest={history.newest[workload]}
            lookups={lookups}
            objective={objective}
            now={now}
            pointPath={pointPath}
          />
        ))}
      </SimpleGrid>
      {history.truncated ? (
        <Text size="xs" c="dimmed" mb="xs">
          The history is very long; the search for the newest points stopped early.
        </Text>
      ) : null}
      <Section title={`Timeline (last ${String(days)} days)`}>
        <RestorePointTimeline
          label={`Restore points of ${organization.displayName} per workload`}
          points={timeline.rows}
          from={new Date(now.getTime() - days * DAY_MS)}
          to={now}
          now={now}
          objectiveHours={objective}
          gaps={timeline.gaps}
          typeColors={KIND_COLORS}
          typeLabels={{
            Backup: 'Backup',
            'Long-term copy': 'Long-term copy',
            Retrieved: 'Retrieved',
          }}
          onPointClick={(row) => {
            onOpenPoint(row.point);
          }}
        />
        <Text size="sm" mt="xs">
          <Anchor component={Link} to={paths.m365RestorePoints({ org: organization.id })}>
            All restore points of {organization.displayName}
          </Anchor>
        </Text>
      </Section>
    </>
  );
}

function WorkloadCard({
  workload,
  newest,
  lookups,
  objective,
  now,
  pointPath,
}: {
  workload: Workload;
  newest: RestorePoint | null;
  lookups: Lookups;
  objective: number;
  now: Date;
  pointPath: (point: RestorePoint) => string;
}) {
  const label = WORKLOAD_LABELS[workload];
  return (
    <FreshnessCard
      title={label}
      objectiveHours={objective}
      now={now}
      sourceLabel="Repository"
      emptyText={`No ${label} restore point of this organization was found.`}
      latest={
        newest
          ? {
              time: newest.backupTime,
              type: kind(newest),
              source: newest.repositoryId ? (
                <Anchor component={Link} to={paths.m365Repository(newest.repositoryId)}>
                  {lookups.repositoryName(newest.repositoryId)}
                </Anchor>
              ) : null,
              label: (
                <Text size="sm">
                  <Anchor component={Link} to={pointPath(newest)}>
                    Open the newest {label} restore point
                  </Anchor>
                  {newest.jobId ? ` · job ${lookups.jobName(newest.jobId)}` : ''}
                </Text>
              ),
            }
          : null
      }
    />
  );
}

/** The objective in hours; the URL changes as soon as the value is a valid number. */
function ObjectiveInput({ value, onChange }: { value: number; onChange: (hours: number) => void }) {
  const [draft, setDraft] = useState<string | number>(value);
  useEffect(() => {
    setDraft((current) => (Number(current) === value ? current : value));
  }, [value]);
  return (
    <NumberInput
      label="Recovery point objective (hours)"
      description="Older than this is a warning"
      value={draft}
      min={1}
      max={8760}
      step={1}
      allowNegative={false}
      w={240}
      onChange={(next) => {
        setDraft(next);
        const hours = typeof next === 'number' ? next : Number(next);
        if (next !== '' && Number.isFinite(hours) && hours > 0 && hours <= 8760) onChange(hours);
      }}
    />
  );
}

export const ErrorBoundary = RouteError;
