/**
 * The Microsoft 365 restore points in the one table. v7/v8 answer one page,
 * in backup-time order: the server pages and sorts by time, and other columns
 * sort the page shown. v6 answers every match at once: the table sorts them
 * and renders only the rows in view.
 */
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import type { M365Version } from '@/api/m365/auth';
import { pagesOnServer, type RestorePointView } from '@/api/m365/filters';
import {
  fetchAllRestorePoints,
  type RestorePoint,
  type RestorePointPage,
} from '@/api/m365/restore-points';
import { DataTable, type Column, type ServerPage } from '@/components/data-table';
import { DateTime } from '@/components/date-time';
import { sortRows } from '@/lib/sort-rows';
import type { Lookups } from '../common/use-lookups';
import { WorkloadBadges, YesNoBadge, workloadText } from '../common/workload-badges';

export function restorePointColumns(
  lookups: Lookups,
  pointLink: (id: string) => string,
): Column<RestorePoint>[] {
  return [
    {
      key: 'time',
      header: 'Backup time',
      value: (point) => point.backupTime,
      render: (point) => (
        <Anchor
          component={Link}
          to={pointLink(point.id)}
          replace
          preventScrollReset
          style={{ whiteSpace: 'nowrap' }}
          onClick={(event) => {
            event.stopPropagation();
          }}
        >
          <DateTime value={point.backupTime} />
        </Anchor>
      ),
    },
    {
      key: 'organization',
      header: 'Organization',
      value: (point) => lookups.organizationName(point.organizationId),
    },
    { key: 'job', header: 'Job', value: (point) => lookups.jobName(point.jobId) },
    {
      key: 'repository',
      header: 'Repository',
      value: (point) => lookups.repositoryName(point.repositoryId),
    },
    {
      key: 'workloads',
      header: 'Workloads',
      value: (point) => workloadText(point.workloads),
      render: (point) => <WorkloadBadges workloads={point.workloads} />,
      sortable: false,
    },
    {
      key: 'longTerm',
      header: 'Long-term copy',
      value: (point) => point.isLongTermCopy,
      render: (point) => (
        <YesNoBadge on={point.isLongTermCopy} label="Long-term copy" color="grape" />
      ),
    },
    {
      key: 'retrieved',
      header: 'Retrieved',
      value: (point) => point.isRetrieved,
      render: (point) => <YesNoBadge on={point.isRetrieved} label="Retrieved" color="orange" />,
    },
    { key: 'id', header: 'Restore point id', value: (point) => point.id, exportOnly: true },
    {
      key: 'organizationId',
      header: 'Organization id',
      value: (point) => point.organizationId,
      exportOnly: true,
    },
    { key: 'jobId', header: 'Job id', value: (point) => point.jobId, exportOnly: true },
    {
      key: 'repositoryId',
      header: 'Repository id',
      value: (point) => point.repositoryId,
      exportOnly: true,
    },
  ];
}

interface RestorePointsTableProps {
  version: M365Version;
  view: RestorePointView;
  data: RestorePointPage;
  lookups: Lookups;
  /** A newer answer is on its way (the rows shown are the previous ones). */
  refreshing: boolean;
  pointLink: (id: string) => string;
  onOpen: (id: string) => void;
  emptyText: React.ReactNode;
}

export function RestorePointsTable(props: RestorePointsTableProps) {
  const { version, view, data, lookups } = props;
  const columns = restorePointColumns(lookups, props.pointLink);
  const serverPaged = pagesOnServer(version);
  const shared = {
    label: 'Microsoft 365 restore points',
    columns,
    rowKey: (point: RestorePoint) => point.id,
    defaultSort: { key: 'time', direction: 'desc' as const },
    noFilter: true,
    onRowClick: (point: RestorePoint) => {
      props.onOpen(point.id);
    },
    emptyTitle: 'No restore points match',
    emptyText: props.emptyText,
  };
  if (!serverPaged) {
    return (
      <DataTable
        {...shared}
        rows={data.items}
        skipped={data.skipped}
        virtual
        caption="Select a row (or press Enter on it) for every field."
      />
    );
  }
  const column = columns.find((candidate) => candidate.key === view.sort);
  const rows =
    view.sort === 'time' || !column ? data.items : sortRows(data.items, column.value, view.dir);
  const server: ServerPage<RestorePoint> = {
    total: data.totalCount,
    pageCount:
      data.totalCount !== null
        ? Math.max(1, Math.ceil(data.totalCount / view.size))
        : view.page + (data.hasNext ? 1 : 0),
    fetching: props.refreshing,
    fetchAll: (signal) => fetchAllRestorePoints(version, view, signal),
    filters: 'server',
  };
  return (
    <DataTable
      {...shared}
      rows={rows}
      server={server}
      skipped={data.skipped}
      caption="The server sorts by backup time across all pages; other columns sort the rows of this page. Select a row (or press Enter on it) for every field."
    />
  );
}
