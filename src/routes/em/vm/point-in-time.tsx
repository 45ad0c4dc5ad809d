/** The VM page's "restore to…": the chosen time in the URL, the two points around it, their backups. */
import { Anchor, Button, Skeleton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { restorePointQueries, restorePointUid } from '@/api/em/restore-points';
import { vmRestorePointQueries, type VmRestorePoint } from '@/api/em/vm-restore-points';
import { paths } from '@/config/paths';
import { PointInTimeAnswer, type AnswerPoint } from '@/components/point-in-time-answer';
import { QueryError } from '@/components/query-error';
import { RestoreToField } from '@/components/restore-to-field';
import { Section } from '@/components/section';
import type { TicketPointInTime } from '@/lib/ticket-text';
import { backupCell } from './columns';
import type { Row } from './rows';

/**
 * One query each side (`CreationTime<=` newest first, `CreationTime>` oldest
 * first, one point a page), then one batch for the two points' backups.
 */
export function usePointInTime(vmName: string, at: Date | null) {
  const nearest = useQuery({
    ...vmRestorePointQueries.nearest(vmName, at ?? new Date(0)),
    enabled: at !== null,
  });
  const found = [nearest.data?.before, nearest.data?.after].filter(
    (point): point is VmRestorePoint => Boolean(point),
  );
  const parents = useQuery(
    restorePointQueries.byUids(
      found.flatMap((point) =>
        point.restorePoint ? [restorePointUid(point.restorePoint.id)] : [],
      ),
    ),
  );
  const toRow = (point: VmRestorePoint | null | undefined): Row | null => {
    if (!point) return null;
    const parent = point.restorePoint;
    const known = parent
      ? parents.data?.find((rp) => rp.id.toLowerCase() === parent.id.toLowerCase())
      : undefined;
    const settled = parents.isSuccess || parents.isError || !parent;
    return { point, backup: known ? known.backup : settled ? null : undefined };
  };
  const before = toRow(nearest.data?.before);
  const after = toRow(nearest.data?.after);
  const ticket: TicketPointInTime | undefined =
    at && nearest.data
      ? {
          at,
          before: before?.point.creationTime ?? null,
          after: after?.point.creationTime ?? null,
        }
      : undefined;
  return { query: nearest, before, after, ticket };
}

interface PointInTimeSectionProps {
  displayName: string;
  at: Date | null;
  unreadable: string | null;
  onAt: (at: Date | null) => void;
  answer: ReturnType<typeof usePointInTime>;
  onCopy: (row: Row) => void;
}

export function PointInTimeSection(props: PointInTimeSectionProps) {
  const { at, answer } = props;
  const side = (row: Row | null): AnswerPoint | null =>
    row && {
      time: row.point.creationTime,
      source: backupCell(row),
      actions: (
        <>
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              props.onCopy(row);
            }}
          >
            Copy for ticket
          </Button>
          <Anchor component={Link} to={paths.vmRestorePoint(row.point.id)} size="sm">
            Open this restore point
          </Anchor>
        </>
      ),
    };
  return (
    <Section title="Restore to a point in time">
      <RestoreToField at={at} unreadable={props.unreadable} onChange={props.onAt} />
      {at === null ? null : answer.query.error ? (
        <QueryError
          compact
          error={answer.query.error}
          onRetry={() => void answer.query.refetch()}
        />
      ) : !answer.query.data ? (
        <Skeleton
          height={120}
          mt="md"
          aria-label="Looking up the restore points around that time"
        />
      ) : (
        <PointInTimeAnswer
          at={at}
          subject={props.displayName}
          before={side(answer.before)}
          after={side(answer.after)}
          sourceLabel="Backup"
        />
      )}
    </Section>
  );
}
