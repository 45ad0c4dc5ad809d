import { Anchor, Text } from '@mantine/core';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { backupQueries } from '@/api/em/backups';
import { backupFileFilters, backupFileQueries, type BackupFile } from '@/api/em/backup-files';
import {
  restorePointFilters,
  restorePointQueries,
  type RestorePoint,
} from '@/api/em/restore-points';
import { paths } from '@/config/paths';
import { targetLink } from '@/components/api-link';
import { platformName } from '@/components/badges';
import { DataTable, type Column } from '@/components/data-table';
import { DateTime } from '@/components/date-time';
import { FieldList } from '@/components/field-list';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { RawSection } from '@/components/raw-section';
import { Section } from '@/components/section';
import { formatBytes } from '@/lib/format-number';
import { requireSession } from '../guards';
import { loaderQuery } from '../loader-query';
import { backupCrumbs } from './common/crumbs';
import { prefetchList, useServerList, type ServerListSpec } from './common/server-list';

/** A backup's UID from its id: `urn:veeam:Backup:<id>`, so its lists need not wait for it. */
const backupUid = (id: string) => `urn:veeam:Backup:${id}`;

const pointList = (id: string): ServerListSpec => ({
  prefix: 'rp-',
  defaultSort: { key: 'date', direction: 'desc' },
  sortFields: { date: 'CreationTime', name: 'CreationTime' },
  filter: () => restorePointFilters.ofBackup(backupUid(id)),
});

const fileList = (id: string): ServerListSpec => ({
  prefix: 'bf-',
  defaultSort: { key: 'created', direction: 'desc' },
  sortFields: {
    name: 'Name',
    type: 'FileType',
    created: 'CreationTimeUTC',
    size: 'BackupSize',
  },
  filter: () => backupFileFilters.ofBackup(backupUid(id)),
});

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const query = loaderQuery(queryClient, request.signal);
    requireSession('em', request);
    const id = params.backupId ?? '';
    await Promise.all([
      query(backupQueries.detail(id)),
      prefetchList(queryClient, restorePointQueries, pointList(id), request),
      prefetchList(queryClient, backupFileQueries, fileList(id), request),
    ]);
    return null;
  };
}

const pointColumns: Column<RestorePoint>[] = [
  {
    key: 'name',
    header: 'Restore point',
    value: (row) => row.name,
    render: (row) => (
      <Anchor component={Link} to={paths.restorePoint(row.id)} style={{ whiteSpace: 'pre' }}>
        {row.name}
      </Anchor>
    ),
  },
  {
    key: 'date',
    header: 'Backup date',
    value: (row) => row.backupDate,
    render: (row) => <DateTime value={row.backupDate} />,
  },
  { key: 'uid', header: 'UID', value: (row) => row.uid, sortable: false },
];

const fileColumns: Column<BackupFile>[] = [
  {
    key: 'name',
    header: 'File',
    value: (row) => row.name,
    render: (row) => (
      <Anchor component={Link} to={paths.backupFile(row.id)}>
        {row.name}
      </Anchor>
    ),
  },
  { key: 'type', header: 'Type', value: (row) => row.fileType },
  {
    key: 'created',
    header: 'Created',
    value: (row) => row.creationTime,
    render: (row) => <DateTime value={row.creationTime} />,
  },
  {
    key: 'size',
    header: 'Backup size',
    value: (row) => row.backupSize,
    render: (row) => formatBytes(row.backupSize),
    filterable: false,
  },
];

const countText = (total: number | null) => (total === null ? '…' : String(total));

export function Component() {
  const id = useParams().backupId ?? '';
  const { data: backup } = useSuspenseQuery(backupQueries.detail(id));
  const points = useServerList(restorePointQueries, pointList(id));
  const files = useServerList(backupFileQueries, fileList(id));

  return (
    <>
      <PageHeader
        kicker="Backup"
        title={backup.name}
        crumbs={backupCrumbs(null, { label: backup.name })}
      />
      <Section title="Details">
        <FieldList
          fields={[
            { label: 'Platform', value: platformName(backup.platform) },
            { label: 'Backup type', value: backup.backupType },
            { label: 'Repository', value: backup.repository?.name },
            { label: 'Backup server', value: targetLink(backup.backupServer) },
            { label: 'Parent backup', value: targetLink(backup.parent) },
            { label: 'Restore points', value: countText(points.server.total) },
            { label: 'Backup files', value: countText(files.server.total) },
            { label: 'UID', value: backup.uid },
          ]}
        />
      </Section>
      <Section title={`Restore points (${countText(points.server.total)})`}>
        {points.query.error ? (
          <QueryError
            compact
            error={points.query.error}
            onRetry={() => void points.query.refetch()}
          />
        ) : null}
        <DataTable
          label={`Restore points of ${backup.name}`}
          urlPrefix="rp-"
          rows={points.rows}
          server={points.server}
          skipped={points.skipped}
          columns={pointColumns}
          rowKey={(row) => row.id}
          defaultSort={{ key: 'date', direction: 'desc' }}
          emptyTitle="No restore points"
          emptyText="This backup has no restore points. The job may not have run yet, or retention removed them."
        />
      </Section>
      <Section title={`Backup files (${countText(files.server.total)})`}>
        {files.query.error ? (
          <QueryError
            compact
            error={files.query.error}
            onRetry={() => void files.query.refetch()}
          />
        ) : null}
        <DataTable
          label={`Backup files of ${backup.name}`}
          urlPrefix="bf-"
          rows={files.rows}
          server={files.server}
          skipped={files.skipped}
          columns={fileColumns}
          rowKey={(row) => row.id}
          defaultSort={{ key: 'created', direction: 'desc' }}
          emptyTitle="No backup files"
        />
      </Section>
      <RawSection raw={backup.raw} links={backup.links} />
      <Text size="xs" c="dimmed">
        Backup id {backup.id}
      </Text>
    </>
  );
}
