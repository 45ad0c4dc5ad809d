import { Text } from '@mantine/core';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { vmRestorePointQueries } from '@/api/em/vm-restore-points';
import { paths } from '@/config/paths';
import { DataTable } from '@/components/data-table';
import { readTableView, useTableView } from '@/components/data-table/table-state';
import { DateTime } from '@/components/date-time';
import { EmptyState } from '@/components/empty-state';
import { ObjectiveControls } from '@/components/objective-controls';
import { PageHeader } from '@/components/page-header';
import { PageSkeleton } from '@/components/page-skeleton';
import { QueryError } from '@/components/query-error';
import { RestorePointTimeline } from '@/components/restore-point-timeline';
import { Section } from '@/components/section';
import { useUrlState } from '@/components/use-url-state';
import { DEFAULT_GAP_TOLERANCE, findGaps } from '@/lib/gaps';
import { readObjective } from '@/lib/objective';
import { formatAt, parseAt } from '@/lib/point-in-time';
import { requireSession } from '../guards';
import { loaderQuery } from '../loader-query';
import { useServerList } from './common/server-list';
import { columns } from './vm/columns';
import { newestParams, POINTS_PREFIX, vmPointList } from './vm/list';
import { NewestPointCard } from './vm/newest-point-card';
import { PointInTimeSection, usePointInTime } from './vm/point-in-time';
import { timelineStart, toRows, toTimelineRows } from './vm/rows';
import { PERIODS, readPeriod } from './vm/search-params';
import { Suggestions } from './vm/suggestions';
import { useTicketCopy } from './vm/ticket-copy';
import { fetchBackupOf, useBackups } from './vm/use-backups';

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const query = loaderQuery(queryClient, request.signal);
    requireSession('em', request);
    const vmName = params.vmName ?? '';
    const view = readTableView(new URL(request.url).searchParams, POINTS_PREFIX);
    // A shared point-in-time link: its two queries alongside (the section shows their errors).
    const at = parseAt(new URL(request.url).searchParams.get('at'));
    if (at)
      void queryClient.query(vmRestorePointQueries.nearest(vmName, at)).catch(() => undefined);
    // The card first: the newest page (the table's own page in its default view).
    await query(vmRestorePointQueries.page(newestParams(vmName, view)));
    return null;
  };
}

export function Component() {
  const vmName = useParams().vmName ?? '';
  const [params, setParams] = useUrlState();
  const navigate = useNavigate();
  const objective = readObjective(params);
  const period = readPeriod(params);
  const atText = params.get('at');
  const at = parseAt(atText);
  const [now] = useState(() => new Date());
  const spec = vmPointList(vmName);
  const { view } = useTableView(POINTS_PREFIX, { sort: spec.defaultSort });

  const newestPage = useQuery(vmRestorePointQueries.page(newestParams(vmName, view)));
  const oldest = useQuery(vmRestorePointQueries.oldestOfVm(vmName));
  const table = useServerList(vmRestorePointQueries, spec, {
    total: oldest.data?.count ?? null,
  });
  const newestPoint = newestPage.data?.items[0];
  const from = timelineStart(period, oldest.data?.oldest?.creationTime, now);
  const timeline = useQuery({
    ...vmRestorePointQueries.ofVmSince(vmName, from),
    enabled: newestPoint !== undefined,
  });
  const { backupOf, error: backupError } = useBackups(
    newestPoint ? [newestPoint, ...table.rows] : table.rows,
    newestPoint ? { from } : null,
  );

  const rows = toRows(table.rows, backupOf);
  // The export is every row as the table shows it: with its backup, looked up in batches.
  const exportRows = async (signal: AbortSignal) => {
    const points = (await table.server.fetchAll?.(signal)) ?? [];
    return toRows(points, await fetchBackupOf(points, signal));
  };
  const newest = newestPoint ? toRows([newestPoint], backupOf)[0] : undefined;
  const displayName = newest?.point.vmName ?? vmName;
  const pointInTime = usePointInTime(vmName, at);
  const ticket = useTicketCopy({
    displayName,
    objective,
    period,
    newest,
    pointInTime: pointInTime.ticket,
  });

  const periodPoints = timeline.data;
  const timelinePoints = useMemo(
    () => toTimelineRows(toRows(periodPoints ?? [], backupOf)),
    [periodPoints, backupOf],
  );
  const gaps = useMemo(
    () =>
      findGaps(
        (periodPoints ?? []).map((point) => point.creationTime),
        objective,
        now,
        { tolerance: DEFAULT_GAP_TOLERANCE },
      ),
    [periodPoints, objective, now],
  );

  if (newestPage.error) {
    return <QueryError error={newestPage.error} onRetry={() => void newestPage.refetch()} />;
  }
  if (!newestPage.data) return <PageSkeleton />;

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

  const count = oldest.data?.count;
  return (
    <>
      <PageHeader kicker="VM" title={displayName} crumbs={crumbs}>
        <Text size="sm" c="dimmed">
          {count === undefined
            ? 'Restore points'
            : `${String(count)} restore ${count === 1 ? 'point' : 'points'}`}
          {oldest.data?.oldest ? (
            <>
              , from <DateTime value={oldest.data.oldest.creationTime} size="sm" />
            </>
          ) : null}{' '}
          to <DateTime value={newest.point.creationTime} size="sm" />.
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
      {backupError ? <QueryError compact error={backupError} /> : null}
      <PointInTimeSection
        displayName={displayName}
        at={at}
        unreadable={atText && !at ? atText : null}
        onAt={(next) => {
          setParams({ at: next ? formatAt(next) : null });
        }}
        answer={pointInTime}
        onCopy={(row) => void ticket.copy(row)}
      />
      <Section title="Timeline">
        {timeline.error ? (
          <QueryError compact error={timeline.error} onRetry={() => void timeline.refetch()} />
        ) : null}
        <RestorePointTimeline
          label={`Restore points of ${displayName}`}
          points={timelinePoints}
          from={from}
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
      <Section title="All restore points">
        {table.query.error ? (
          <QueryError
            compact
            error={table.query.error}
            onRetry={() => void table.query.refetch()}
          />
        ) : null}
        <DataTable
          label={`Restore points of VM ${displayName}`}
          urlPrefix={POINTS_PREFIX}
          rows={rows}
          server={{ ...table.server, fetchAll: exportRows }}
          skipped={table.skipped}
          columns={columns((row) => void ticket.copy(row))}
          rowKey={(row) => row.point.id}
          defaultSort={spec.defaultSort}
          emptyTitle="No restore points"
        />
      </Section>
      {ticket.dialog}
    </>
  );
}
