import { Anchor, Badge } from '@mantine/core';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { backupQueries, type Backup } from '@/api/em/backups';
import { paths } from '@/config/paths';
import { ApiLink } from '@/components/api-link';
import { platformName } from '@/components/badges';
import { DataTable, type Column } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { requireSession } from '../guards';

export function loader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    requireSession('em', request);
    await queryClient.query(backupQueries.list());
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
    render: (row) => (
      <ApiLink href={row.backupServer?.href}>{row.backupServer?.name ?? '—'}</ApiLink>
    ),
  },
  { key: 'uid', header: 'UID', value: (row) => row.uid, render: (row) => row.uid, sortable: false },
];

export function Component() {
  const { data } = useSuspenseQuery(backupQueries.list());
  return (
    <>
      <PageHeader title="Backups" crumbs={[{ label: 'Backups' }]} />
      <DataTable
        label="Backups"
        rows={data}
        columns={columns}
        rowKey={(row) => row.id}
        defaultSort={{ key: 'name', direction: 'asc' }}
        emptyTitle="No backups"
        emptyText="Enterprise Manager knows no backups yet. They appear here once a backup server has run a job."
      />
    </>
  );
}
