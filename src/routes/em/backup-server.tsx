import { Anchor } from '@mantine/core';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { backupFilters, backupQueries, type Backup } from '@/api/em/backups';
import { and } from '@/api/em/filter';
import { backupServerQueries } from '@/api/em/backup-servers';
import { paths } from '@/config/paths';
import { platformName } from '@/components/badges';
import { DataTable, type Column } from '@/components/data-table';
import { EmptyState } from '@/components/empty-state';
import { FieldList } from '@/components/field-list';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { RawSection } from '@/components/raw-section';
import { Section } from '@/components/section';
import { requireSession } from '../guards';
import { loaderQuery } from '../loader-query';
import { prefetchList, useServerList, type ServerListSpec } from './common/server-list';

/** Backups have no server field in the query service; the server's repositories narrow them. */
const backupList = (repositoryUids: readonly string[]): ServerListSpec => ({
  prefix: '',
  defaultSort: { key: 'name', direction: 'asc' },
  sortFields: {
    name: 'Name',
    platform: 'Platform',
    type: 'BackupType',
    repository: 'RepositoryName',
  },
  filter: (view) =>
    and(
      backupFilters.inRepositories(repositoryUids),
      view.q.trim() ? backupFilters.name(view.q.trim()) : '',
    ),
  textFilter: true,
});

const repositoryUids = (refs: { uid: string | null }[]) =>
  refs.flatMap((ref) => (ref.uid ? [ref.uid] : []));

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const query = loaderQuery(queryClient, request.signal);
    requireSession('em', request);
    const id = params.backupServerId ?? '';
    const [, repositories] = await Promise.all([
      query(backupServerQueries.detail(id)),
      query(backupServerQueries.repositories(id)),
    ]);
    const uids = repositoryUids(repositories.items);
    if (uids.length) await prefetchList(queryClient, backupQueries, backupList(uids), request);
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
  const { data: repositories } = useSuspenseQuery(backupServerQueries.repositories(id));
  const uids = repositoryUids(repositories.items);

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
            { label: 'Repositories', value: repositories.items.map((ref) => ref.name).join(', ') },
            { label: 'UID', value: server.uid },
          ]}
        />
      </Section>
      <Section title="Backups on this server">
        {uids.length ? (
          <ServerBackups serverName={server.name} repositoryUids={uids} />
        ) : (
          <EmptyState title="No backups on this server">
            It has no backup repositories that Enterprise Manager knows of.
          </EmptyState>
        )}
      </Section>
      <RawSection raw={server.raw} links={server.links} />
    </>
  );
}

function ServerBackups(props: { serverName: string; repositoryUids: string[] }) {
  const spec = backupList(props.repositoryUids);
  const { rows, skipped, server, query } = useServerList(backupQueries, spec);
  return (
    <>
      {query.error ? (
        <QueryError compact error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      <DataTable
        label={`Backups on ${props.serverName}`}
        rows={rows}
        server={server}
        skipped={skipped}
        columns={columns}
        rowKey={(row) => row.id}
        defaultSort={spec.defaultSort}
        filterLabel="Backup name"
        filterHint="The whole name, ignoring case"
        emptyTitle="No backups on this server"
      />
    </>
  );
}
