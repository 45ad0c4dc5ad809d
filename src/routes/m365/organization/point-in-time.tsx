/** The organization page's "restore to…": an organization and workload at a chosen time. */
import { Anchor, Button, Select, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { M365Version } from '@/api/m365/auth';
import {
  nearestRestorePointQueries,
  type NearestRestorePoints,
  type WorkloadChoice,
} from '@/api/m365/nearest-restore-points';
import type { Organization } from '@/api/m365/organizations';
import { WORKLOADS, WORKLOAD_LABELS, type RestorePoint } from '@/api/m365/restore-points';
import { paths } from '@/config/paths';
import { PointInTimeAnswer, type AnswerPoint } from '@/components/point-in-time-answer';
import { QueryError } from '@/components/query-error';
import { RestoreToField } from '@/components/restore-to-field';
import { Section } from '@/components/section';
import { useTicketClipboard } from '@/components/ticket-dialog';
import { useUrlState } from '@/components/use-url-state';
import { withBase } from '@/lib/base-path';
import { formatAt, parseAt } from '@/lib/point-in-time';
import { formatInZone, pointInTimeLines } from '@/lib/ticket-text';
import { formatUtc } from '@/lib/dates';
import type { Lookups } from '../common/use-lookups';

/** `workload` in the URL: one of the four, else any. */
export function readWorkload(params: URLSearchParams): WorkloadChoice {
  return WORKLOADS.find((workload) => workload === params.get('workload')) ?? 'any';
}

const workloadName = (workload: WorkloadChoice) =>
  workload === 'any' ? 'any workload' : WORKLOAD_LABELS[workload];

interface PointInTimeProps {
  version: M365Version;
  organization: Organization;
  lookups: Lookups;
  pointPath: (point: RestorePoint) => string;
}

export function PointInTime({ version, organization, lookups, pointPath }: PointInTimeProps) {
  const [params, setParams] = useUrlState();
  const atText = params.get('at');
  const at = parseAt(atText);
  const workload = readWorkload(params);
  const query = useQuery({
    ...nearestRestorePointQueries.nearest(version, organization.id, workload, at ?? new Date(0)),
    enabled: at !== null,
  });
  const clipboard = useTicketClipboard();
  const subject = `${organization.displayName} (${workloadName(workload)})`;

  const copy = (point: RestorePoint, answer: NearestRestorePoints) => {
    if (!at) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const local = formatInZone(point.backupTime, zone);
    const link = new URL(
      withBase(
        paths.m365Organization(organization.id, {
          at: formatAt(at),
          workload: workload === 'any' ? undefined : workload,
        }),
      ),
      window.location.origin,
    ).href;
    const lines: [string, string][] = [
      ['Microsoft 365 organization', `${organization.displayName} (${organization.name})`],
      ['Workload', workloadName(workload)],
      ...pointInTimeLines(
        {
          at,
          before: answer.before?.backupTime ?? null,
          after: answer.after?.backupTime ?? null,
        },
        zone,
      ),
      ['Restore point (local)', `${local.text} ${zone} (${local.offset})`],
      ['Restore point (UTC)', formatUtc(point.backupTime)],
      ['Repository', lookups.repositoryName(point.repositoryId)],
      ['Job', lookups.jobName(point.jobId)],
      ['Restore point id', point.id],
      ['Link', link],
    ];
    void clipboard.copy(
      `${lines.map(([label, value]) => `${label}: ${value}`).join('\n')}\n`,
      `Restore point of ${subject} is on the clipboard.`,
    );
  };

  const side = (point: RestorePoint | null, answer: NearestRestorePoints): AnswerPoint | null =>
    point && {
      time: point.backupTime,
      source: point.repositoryId ? (
        <Anchor component={Link} to={paths.m365Repository(point.repositoryId)}>
          {lookups.repositoryName(point.repositoryId)}
        </Anchor>
      ) : (
        '—'
      ),
      actions: (
        <>
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              copy(point, answer);
            }}
          >
            Copy for ticket
          </Button>
          <Anchor component={Link} to={pointPath(point)} size="sm">
            Open this restore point
          </Anchor>
          {point.jobId ? (
            <Text span size="sm" c="dimmed">
              job {lookups.jobName(point.jobId)}
            </Text>
          ) : null}
        </>
      ),
    };

  return (
    <Section title="Restore to a point in time">
      <RestoreToField
        at={at}
        unreadable={atText && !at ? atText : null}
        onChange={(next) => {
          setParams({ at: next ? formatAt(next) : null });
        }}
      >
        <Select
          label="Workload"
          description="The points that hold it"
          w={200}
          allowDeselect={false}
          data={[
            { value: 'any', label: 'Any workload' },
            ...WORKLOADS.map((value) => ({ value, label: WORKLOAD_LABELS[value] })),
          ]}
          value={workload}
          onChange={(value) => {
            setParams({ workload: value === 'any' ? null : value });
          }}
        />
      </RestoreToField>
      <Text size="xs" c="dimmed" mt="xs">
        {version === 'v6'
          ? `API v6 filters only “created after”, so the answer is searched in the organization's whole list of restore points (one request).`
          : workload === 'any'
            ? `One request each side: the newest point created before the time and the first created after it (to/from, orderAsc, limit=1).`
            : `The API filters by organization, not workload: each side reads the newest points around the time, 50 a page, until one holds ${WORKLOAD_LABELS[workload]}.`}
      </Text>
      {at === null ? null : query.error ? (
        <QueryError compact error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Skeleton
          height={120}
          mt="md"
          aria-label="Looking up the restore points around that time"
        />
      ) : (
        <>
          <PointInTimeAnswer
            at={at}
            subject={subject}
            before={side(query.data.before, query.data)}
            after={side(query.data.after, query.data)}
            sourceLabel="Repository"
          />
          {query.data.truncated ? (
            <Text size="sm" c="orange" mt="xs" role="status">
              The search stopped after {query.data.scanned} restore points without finding{' '}
              {workloadName(workload)} on one side; the answer may miss an older or newer one.
            </Text>
          ) : null}
        </>
      )}
      {clipboard.dialog}
    </Section>
  );
}
