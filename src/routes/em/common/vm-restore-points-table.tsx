/**
 * The VM restore points of a restore point or of a backup file. A restore
 * point's are asked of the query service one page at a time; a backup file's
 * come as its reference list (no query field names a file), so only the page
 * on screen is looked up, in one batched request.
 */
import { Anchor, Skeleton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { and } from '@/api/em/filter';
import type { Reference, ReferenceList } from '@/api/em/schema';
import {
  vmNameFromPointName,
  vmRestorePointFilters,
  vmRestorePointQueries,
  type VmRestorePoint,
} from '@/api/em/vm-restore-points';
import { paths } from '@/config/paths';
import { AlgorithmBadge, PointTypeBadge } from '@/components/badges';
import { DataTable, type Column } from '@/components/data-table';
import { compareCells } from '@/components/data-table/columns';
import { useTableView, type TableView } from '@/components/data-table/table-state';
import { DateTime } from '@/components/date-time';
import { QueryError } from '@/components/query-error';
import { useServerList, type ServerListSpec } from './server-list';

/** A row: the point's name at once, its entity once known. */
interface Row {
  id: string;
  name: string;
  entity: VmRestorePoint | undefined;
}

const PREFIX = 'vm-';
const DEFAULT_SORT = { key: 'vm', direction: 'asc' } as const;

function columns(loading: boolean, serverSorts: boolean): Column<Row>[] {
  const pending = <Skeleton height={12} width={90} aria-label="Loading" />;
  const cell = (row: Row, show: (point: VmRestorePoint) => React.ReactNode) =>
    row.entity ? show(row.entity) : loading ? pending : '—';
  const vmOf = (row: Row) => row.entity?.vmName ?? vmNameFromPointName(row.name);
  return [
    {
      key: 'vm',
      header: 'VM',
      value: vmOf,
      render: (row) => (
        <Anchor component={Link} to={paths.vmRestorePoint(row.id)} fw={500}>
          {vmOf(row)}
        </Anchor>
      ),
    },
    { key: 'name', header: 'Name', value: (row) => row.name },
    {
      key: 'created',
      header: 'Created',
      value: (row) => row.entity?.creationTime,
      render: (row) => cell(row, (point) => <DateTime value={point.creationTime} />),
      sortable: serverSorts,
    },
    {
      key: 'pointType',
      header: 'Point type',
      value: (row) => row.entity?.pointType,
      render: (row) => cell(row, (point) => <PointTypeBadge value={point.pointType} />),
      sortable: serverSorts,
    },
    {
      key: 'algorithm',
      header: 'Algorithm',
      value: (row) => row.entity?.algorithm,
      render: (row) => cell(row, (point) => <AlgorithmBadge value={point.algorithm} />),
      sortable: serverSorts,
    },
    {
      key: 'history',
      header: 'History',
      value: () => '',
      sortable: false,
      filterable: false,
      render: (row) => (
        <Anchor component={Link} to={paths.vm(vmOf(row))} size="sm">
          All points of {vmOf(row)}
        </Anchor>
      ),
    },
  ];
}

const entityRow = (point: VmRestorePoint): Row => ({
  id: point.id,
  name: point.name,
  entity: point,
});

const shared = {
  urlPrefix: PREFIX,
  rowKey: (row: Row) => row.id,
  defaultSort: DEFAULT_SORT,
  emptyTitle: 'No VM restore points',
  emptyText:
    'Nothing here holds a restore point of a single VM (agent and file backups have none).',
};

/** A restore point's VMs, a page at a time from the query service. */
export function RestorePointVmsTable(props: { label: string; restorePointId: string }) {
  const spec = restorePointVmList(props.restorePointId);
  const { rows, skipped, server, query } = useServerList(vmRestorePointQueries, spec);
  return (
    <>
      {query.error ? (
        <QueryError compact error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      <DataTable
        {...shared}
        label={props.label}
        rows={rows.map(entityRow)}
        server={{
          ...server,
          fetchAll: async (signal) => ((await server.fetchAll?.(signal)) ?? []).map(entityRow),
        }}
        skipped={skipped}
        columns={columns(false, true)}
        filterLabel="VM name"
        filterHint="The whole name, ignoring case"
      />
    </>
  );
}

export const restorePointVmList = (restorePointId: string): ServerListSpec => ({
  prefix: PREFIX,
  defaultSort: DEFAULT_SORT,
  // A point's name starts with its VM's name: sorting by name sorts by VM.
  sortFields: {
    vm: 'Name',
    name: 'Name',
    created: 'CreationTime',
    pointType: 'Type',
    algorithm: 'Algorithm',
  },
  filter: (view) =>
    and(
      vmRestorePointFilters.ofRestorePoint(restorePointId),
      view.q.trim() ? vmRestorePointFilters.ofVm(view.q.trim()) : '',
    ),
  textFilter: true,
});

/** A backup file's VMs: its references, sorted and paged here; the page shown is looked up. */
export function BackupFileVmsTable(props: { label: string; refs: ReferenceList }) {
  const { view } = useTableView(PREFIX, { sort: DEFAULT_SORT });
  const { page, total, pageCount } = pageOfRefs(props.refs.items, view);
  const entities = useQuery(
    vmRestorePointQueries.byUids(
      page.map((ref) => ref.uid ?? `urn:veeam:VmRestorePoint:${ref.id}`),
    ),
  );
  const byId = new Map(entities.data?.map((point) => [point.id.toLowerCase(), point]));
  const rows = page.map((ref) => ({
    id: ref.id,
    name: ref.name,
    entity: byId.get(ref.id.toLowerCase()),
  }));
  return (
    <>
      {entities.error ? (
        <QueryError compact error={entities.error} onRetry={() => void entities.refetch()} />
      ) : null}
      <DataTable
        {...shared}
        label={props.label}
        rows={rows}
        skipped={props.refs.skipped}
        server={{ total, pageCount, fetching: false, filters: 'server' }}
        columns={columns(entities.isPending && page.length > 0, false)}
      />
    </>
  );
}

/** The references the view shows: filtered by name, sorted by VM or name, one page. */
function pageOfRefs(refs: Reference[], view: TableView) {
  const needle = view.q.trim().toLowerCase();
  const matching = needle ? refs.filter((ref) => ref.name.toLowerCase().includes(needle)) : refs;
  const sign = view.sort?.direction === 'desc' ? -1 : 1;
  const sorted = [...matching].sort((a, b) => sign * compareCells(a.name, b.name));
  const start = (view.page - 1) * view.pageSize;
  return {
    page: sorted.slice(start, start + view.pageSize),
    total: sorted.length,
    pageCount: Math.max(1, Math.ceil(sorted.length / view.pageSize)),
  };
}
