import { Anchor } from '@mantine/core';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { backupQueries, type Backup } from '@/api/em/backups';
import { backupServerQueries } from '@/api/em/backup-servers';
import { paths } from '@/config/paths';
import { platformName } from '@/components/badges';
import { DataTable, type Column } from '@/components/data-table';
import { FieldList } from '@/components/field-list';
import { PageHeader } from '@/components/page-header';
import { RawSection } from '@/components/raw-section';
import { Section } from '@/components/section';
import { requireSession } from '../guards';

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    requireSession('em', request);
    await Promise.all([
      queryClient.query(backupServerQueries.detail(params.backupServerId ?? '')),
      queryClient.query(backupQueries.list()),
    ]);
    return null;
  };
}

const columns: Column<Backup>[] = [
  {
    key: 'name',
    header: 'Backup',
    value: (row) => row.name,
    render: (row) => (
      <Anchor component={Link} to={paths.backup(row.id)}>
        {row.name}
      </Anchor>
    ),
  },
  { key: 'platform', header: 'Platform', value: (row) => platformName(row.platform) },
  { key: 'type', header: 'Backup type', value: (row) => row.backupType },
  { key: 'repository', header: 'Repository', value: (row) => row.repository?.name },
];

export function Component() {
  const id = useParams().backupServerId ?? '';
  const { data: server } = useSuspenseQuery(backupServerQueries.detail(id));
  const { data: backups } = useSuspenseQuery(backupQueries.list());
  const own = backups.filter(
    (backup) => backup.backupServer?.id.toLowerCase() === server.id.toLowerCase(),
  );

  return (
    <>
      <PageHeader
        kicker="Backup server"
        title={server.name}
        crumbs={[{ label: 'Backups', to: paths.backups() }, { label: server.name }]}
      />
      <Section title="Details">
        <FieldList
          fields={[
            { label: 'Description', value: server.description },
            { label: 'Version', value: server.version },
            { label: 'Port', value: server.port === null ? null : String(server.port) },
            { label: 'UID', value: server.uid },
          ]}
        />
      </Section>
      <Section title={`Backups on this server (${String(own.length)})`}>
        <DataTable
          label={`Backups on ${server.name}`}
          rows={own}
          columns={columns}
          rowKey={(row) => row.id}
          defaultSort={{ key: 'name', direction: 'asc' }}
          emptyTitle="No backups on this server"
        />
      </Section>
      <RawSection raw={server.raw} links={server.links} />
    </>
  );
}
