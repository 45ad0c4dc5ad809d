import { Alert, Anchor, SimpleGrid, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Organization } from '@/api/m365/organizations';
import {
  WORKLOADS,
  WORKLOAD_LABELS,
  type OrganizationHistory,
  type RestorePoint,
} from '@/api/m365/restore-points';
import { paths } from '@/config/paths';
import { RestorePointTimeline } from '@/components/restore-point-timeline';
import { Section } from '@/components/section';
import { formatDuration } from '@/lib/duration';
import { ageHours } from '@/lib/gaps';
import { KIND_COLORS, workloadTimeline } from './timeline';
import { WorkloadCard } from './workload-card';
import type { Lookups } from '../common/use-lookups';
import { DAY_MS } from '@/lib/dates';

interface WorkloadsProps {
  organization: Organization;
  history: OrganizationHistory;
  lookups: Lookups;
  objective: number;
  days: number;
  now: Date;
  pointPath: (point: RestorePoint) => string;
  onOpenPoint: (point: RestorePoint) => void;
  /** Shown between the workload cards and the timeline. */
  children?: ReactNode;
}

/** The newest point per workload against the objective, then the period's points per workload. */
export function Workloads({
  organization,
  history,
  lookups,
  objective,
  days,
  now,
  pointPath,
  onOpenPoint,
  children,
}: WorkloadsProps) {
  const stale = WORKLOADS.filter((workload) => {
    const newest = history.newest[workload];
    return !newest || ageHours(newest.backupTime, now) > objective;
  });
  const timeline = useMemo(
    () => workloadTimeline(history, lookups, objective, now),
    [history, lookups, objective, now],
  );

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
      {children}
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
