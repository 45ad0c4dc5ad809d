import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { WORKLOAD_LABELS, type RestorePoint, type Workload } from '@/api/m365/restore-points';
import { paths } from '@/config/paths';
import { FreshnessCard } from '@/components/freshness-card';
import { kind } from './timeline';
import type { Lookups } from '../common/use-lookups';

interface WorkloadCardProps {
  workload: Workload;
  newest: RestorePoint | null;
  lookups: Lookups;
  objective: number;
  now: Date;
  pointPath: (point: RestorePoint) => string;
}

/** One workload's newest restore point against the objective. */
export function WorkloadCard({
  workload,
  newest,
  lookups,
  objective,
  now,
  pointPath,
}: WorkloadCardProps) {
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
