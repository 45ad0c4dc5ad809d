import { Anchor, Badge } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { backupFilters, backupQueries, type Backup } from '@/api/em/backups';
import { paths } from '@/config/paths';
import { targetLink } from '@/components/api-link';
import { platformName } from '@/components/badges';
import { DataTable, type Column } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { requireSession } from '../guards';
import { prefetchList, useServerList, type ServerListSpec } from './common/server-list';

const list: ServerListSpec = {
  prefix: '',
  defaultSort: { key: 'name', direction: 'asc' },
  sortFields: {
    name: 'Name',
    platform: 'Platform',
    type: 'BackupType',
    repository: 'RepositoryName',
  },
  filter: (view) => (view.q.trim() ? backupFilters.name(view.q.trim()) : undefined),
  textFilter: true,
};

export function loader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    requireSession('em', request);
    await prefetchList(queryClient, backupQueries, list, request);
    return null;
  };
}

const columns: Column<Backup>[] = [
  {
    key: 'name',
    header: 'Backup',
    value: (row) => row.name,
    render: (row) => (
      <Anchor component={Link} to={paths.backup(row.id)} fw={500}>
        {row.name}
      </Anchor>
    ),
  },
  { key: 'platform', header: 'Platform', value: (row) => platformName(row.platform) },
  {
    key: 'type',
    header: 'Backup type',
    value: (row) => row.backupType,
    render: (row) => (row.backupType ? <Badge variant="default">{row.backupType}</Badge> : '—'),
  },
  { key: 'repository', header: 'Repository', value: (row) => row.repository?.name ?? '' },
  {
    key: 'server',
    header: 'Backup server',
    value: (row) => row.backupServer?.name ?? '',
    render: (row) => targetLink(row.backupServer) ?? '—',
    sortable: false,
  },
  { key: 'uid', header: 'UID', value: (row) => row.uid, sortable: false },
];

export function Component() {
  const { rows, skipped, server, query } = useServerList(backupQueries, list);
  return (
    <>
      <PageHeader title="Backups" crumbs={[{ label: 'Backups' }]} />
      {query.error ? (
        <QueryError compact error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      <DataTable
        label="Backups"
        rows={rows}
        server={server}
        skipped={skipped}
        columns={columns}
        rowKey={(row) => row.id}
        defaultSort={list.defaultSort}
        filterLabel="Backup name"
        filterHint="The whole name, ignoring case"
        emptyTitle="No backups"
        emptyText="Enterprise Manager knows no backups yet. They appear here once a backup server has run a job."
      />
    </>
  );
}
