import { Anchor, Skeleton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Reference } from '@/api/em/schema';
import {
  vmNameFromPointName,
  vmRestorePointQueries,
  type VmRestorePoint,
} from '@/api/em/vm-restore-points';
import { paths } from '@/config/paths';
import { AlgorithmBadge, PointTypeBadge } from '@/components/badges';
import { DataTable, type Column } from '@/components/data-table';
import { DateTime } from '@/components/date-time';
import { QueryError } from '@/components/query-error';
import { enrich, type EnrichedRow } from './enrich';

type Row = EnrichedRow<VmRestorePoint>;

function columns(loading: boolean): Column<Row>[] {
  const pending = <Skeleton height={12} width={90} aria-label="Loading" />;
  const cell = (row: Row, show: (point: VmRestorePoint) => React.ReactNode) =>
    row.entity ? show(row.entity) : loading ? pending : '—';
  return [
    {
      key: 'vm',
      header: 'VM',
      value: (row) => row.entity?.vmName ?? vmNameFromPointName(row.ref.name),
      render: (row) => (
        <Anchor component={Link} to={paths.vmRestorePoint(row.ref.id)} fw={500}>
          {row.entity?.vmName ?? vmNameFromPointName(row.ref.name)}
        </Anchor>
      ),
    },
    { key: 'name', header: 'Name', value: (row) => row.ref.name },
    {
      key: 'created',
      header: 'Created',
      value: (row) => row.entity?.creationTime,
      render: (row) => cell(row, (point) => <DateTime value={point.creationTime} />),
    },
    {
      key: 'pointType',
      header: 'Point type',
      value: (row) => row.entity?.pointType,
      render: (row) => cell(row, (point) => <PointTypeBadge value={point.pointType} />),
    },
    {
      key: 'algorithm',
      header: 'Algorithm',
      value: (row) => row.entity?.algorithm,
      render: (row) => cell(row, (point) => <AlgorithmBadge value={point.algorithm} />),
    },
    {
      key: 'history',
      header: 'History',
      value: () => '',
      sortable: false,
      filterable: false,
      render: (row) => {
        const vm = row.entity?.vmName ?? vmNameFromPointName(row.ref.name);
        return (
          <Anchor component={Link} to={paths.vm(vm)} size="sm">
            All points of {vm}
          </Anchor>
        );
      },
    },
  ];
}

/** VM restore points of a restore point or a backup file: names at once, details as they come. */
export function VmRestorePointsTable({ label, refs }: { label: string; refs: Reference[] }) {
  const uids = refs.map((ref) => ref.uid ?? `urn:veeam:VmRestorePoint:${ref.id}`);
  const entities = useQuery(vmRestorePointQueries.byUids(uids));
  return (
    <>
      {entities.error ? (
        <QueryError compact error={entities.error} onRetry={() => void entities.refetch()} />
      ) : null}
      <DataTable
        label={label}
        urlPrefix="vm-"
        rows={enrich(refs, entities.data)}
        columns={columns(entities.isPending && refs.length > 0)}
        rowKey={(row) => row.ref.id}
        defaultSort={{ key: 'vm', direction: 'asc' }}
        emptyTitle="No VM restore points"
        emptyText="Nothing here holds a restore point of a single VM (agent and file backups have none)."
      />
    </>
  );
}
