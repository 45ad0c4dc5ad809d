import { Text } from '@mantine/core';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { vmRestorePointQueries } from '@/api/em/vm-restore-points';
import { paths } from '@/config/paths';
import { DataTable } from '@/components/data-table';
import { DateTime } from '@/components/date-time';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { RestorePointTimeline } from '@/components/restore-point-timeline';
import { Section } from '@/components/section';
import { DEFAULT_GAP_TOLERANCE, findGaps } from '@/lib/gaps';
import { requireSession } from '../guards';
import { columns } from './vm/columns';
import { ObjectiveControls } from '@/components/objective-controls';
import { PERIODS } from './vm/search-params';
import { NewestPointCard } from './vm/newest-point-card';
import { timelineStart, toTimelineRows } from './vm/rows';
import { readObjective } from '@/lib/objective';
import { readPeriod } from './vm/search-params';
import { Suggestions } from './vm/suggestions';
import { TicketDialog, useTicketCopy } from './vm/ticket-copy';
import { useRows } from './vm/use-rows';
import { useUrlState } from '@/components/use-url-state';

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    requireSession('em', request);
    await queryClient.query(vmRestorePointQueries.ofVm(params.vmName ?? ''));
    return null;
  };
}

export function Component() {
  const vmName = useParams().vmName ?? '';
  const [params, setParams] = useUrlState();
  const navigate = useNavigate();
  const { data } = useSuspenseQuery(vmRestorePointQueries.ofVm(vmName));
  const points = useMemo(
    () => [...data].sort((a, b) => b.creationTime.getTime() - a.creationTime.getTime()),
    [data],
  );
  const objective = readObjective(params);
  const period = readPeriod(params);
  const [now] = useState(() => new Date());
  const { rows, restorePoints, parentPointsQuery } = useRows(points);

  const newest = rows[0];
  const displayName = newest?.point.vmName ?? vmName;
  const backupCount = new Set(rows.flatMap((row) => (row.backup ? [row.backup.id] : []))).size;
  const ticket = useTicketCopy({ displayName, objective, period, newest, parentPointsQuery });

  const timelinePoints = useMemo(() => toTimelineRows(rows), [rows]);
  const gaps = useMemo(
    () =>
      findGaps(
        points.map((point) => point.creationTime),
        objective,
        now,
        { tolerance: DEFAULT_GAP_TOLERANCE },
      ),
    [points, objective, now],
  );

  const crumbs = [{ label: 'Backups', to: paths.backups() }, { label: displayName }];
  if (!newest) {
    return (
      <>
        <PageHeader kicker="VM" title={vmName} crumbs={crumbs} />
        <EmptyState title={`No restore points found for VM '${vmName}'.`}>
          Check the spelling; names match exactly, ignoring case.
        </EmptyState>
        <Suggestions vmName={vmName} />
      </>
    );
  }

  return (
    <>
      <PageHeader kicker="VM" title={displayName} crumbs={crumbs}>
        <Text size="sm" c="dimmed">
          {rows.length} restore {rows.length === 1 ? 'point' : 'points'}
          {backupCount
            ? ` in ${String(backupCount)} ${backupCount === 1 ? 'backup' : 'backups'}`
            : ''}
          , from <DateTime value={points.at(-1)?.creationTime} size="sm" /> to{' '}
          <DateTime value={newest.point.creationTime} size="sm" />.
        </Text>
      </PageHeader>
      <ObjectiveControls
        objective={objective}
        period={period}
        periods={PERIODS}
        onParamChange={(name, value) => {
          setParams({ [name]: value });
        }}
      />
      <NewestPointCard
        newest={newest}
        objective={objective}
        onCopy={() => {
          void ticket.copy(newest);
        }}
      />
      {restorePoints.error ? (
        <QueryError
          compact
          error={restorePoints.error}
          onRetry={() => void restorePoints.refetch()}
        />
      ) : null}
      <Section title="Timeline">
        <RestorePointTimeline
          label={`Restore points of ${displayName}`}
          points={timelinePoints}
          from={timelineStart(period, points.at(-1)?.creationTime, now)}
          to={now}
          now={now}
          objectiveHours={objective}
          gaps={gaps}
          gapTolerance={DEFAULT_GAP_TOLERANCE}
          onPointClick={(point) => {
            void navigate(paths.vmRestorePoint(point.id));
          }}
        />
      </Section>
      <Section title={`All restore points (${String(rows.length)})`}>
        <DataTable
          label={`Restore points of VM ${displayName}`}
          urlPrefix="rp-"
          rows={rows}
          columns={columns((row) => void ticket.copy(row))}
          rowKey={(row) => row.point.id}
          defaultSort={{ key: 'created', direction: 'desc' }}
          emptyTitle="No restore points"
        />
      </Section>
      <TicketDialog {...ticket.dialog} />
    </>
  );
}
