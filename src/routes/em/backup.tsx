import { Anchor, Skeleton, Text } from '@mantine/core';
import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { backupQueries } from '@/api/em/backups';
import { backupFileQueries, type BackupFile } from '@/api/em/backup-files';
import { restorePointQueries, type RestorePoint } from '@/api/em/restore-points';
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
import { parseRestorePointName } from '@/lib/restore-point-name';
import { enrich, type EnrichedRow } from './common/enrich';
import { requireSession } from '../guards';
import { backupCrumbs } from './common/crumbs';

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    requireSession('em', request);
    const id = params.backupId ?? '';
    await Promise.all([
      queryClient.query(backupQueries.detail(id)),
      queryClient.query(backupQueries.children(id, 'restorePoints')),
      queryClient.query(backupQueries.children(id, 'backupFiles')),
    ]);
    return null;
  };
}

const pending = <Skeleton height={12} width={120} aria-label="Loading" />;

function restorePointColumns(loading: boolean): Column<EnrichedRow<RestorePoint>>[] {
  return [
    {
      key: 'name',
      header: 'Restore point',
      value: (row) => row.ref.name,
      render: (row) => (
        <Anchor component={Link} to={paths.restorePoint(row.ref.id)} style={{ whiteSpace: 'pre' }}>
          {row.ref.name}
        </Anchor>
      ),
    },
    {
      key: 'date',
      header: 'Backup date',
      value: (row) => row.entity?.backupDate ?? parseRestorePointName(row.ref.name),
      render: (row) =>
        row.entity ? <DateTime value={row.entity.backupDate} /> : loading ? pending : '—',
    },
    { key: 'uid', header: 'UID', value: (row) => row.ref.uid, sortable: false },
  ];
}

function backupFileColumns(loading: boolean): Column<EnrichedRow<BackupFile>>[] {
  const cell = (row: EnrichedRow<BackupFile>, show: (file: BackupFile) => React.ReactNode) =>
    row.entity ? show(row.entity) : loading ? pending : '—';
  return [
    {
      key: 'name',
      header: 'File',
      value: (row) => row.ref.name,
      render: (row) => (
        <Anchor component={Link} to={paths.backupFile(row.ref.id)}>
          {row.ref.name}
        </Anchor>
      ),
    },
    {
      key: 'type',
      header: 'Type',
      value: (row) => row.entity?.fileType,
      render: (row) => cell(row, (file) => file.fileType),
    },
    {
      key: 'created',
      header: 'Created',
      value: (row) => row.entity?.creationTime,
      render: (row) => cell(row, (file) => <DateTime value={file.creationTime} />),
    },
    {
      key: 'size',
      header: 'Backup size',
      value: (row) => row.entity?.backupSize,
      render: (row) => cell(row, (file) => formatBytes(file.backupSize)),
      filterable: false,
    },
  ];
}

export function Component() {
  const id = useParams().backupId ?? '';
  const { data: backup } = useSuspenseQuery(backupQueries.detail(id));
  const { data: pointRefs } = useSuspenseQuery(backupQueries.children(id, 'restorePoints'));
  const { data: fileRefs } = useSuspenseQuery(backupQueries.children(id, 'backupFiles'));
  const uid = backup.uid ?? `urn:veeam:Backup:${backup.id}`;
  const points = useQuery({ ...restorePointQueries.ofBackup(uid), enabled: pointRefs.length > 0 });
  const files = useQuery({ ...backupFileQueries.ofBackup(uid), enabled: fileRefs.length > 0 });

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
            {
              label: 'Backup server',
              value: targetLink(backup.backupServer),
            },
            {
              label: 'Parent backup',
              value: targetLink(backup.parent),
            },
            { label: 'Restore points', value: String(pointRefs.length) },
            { label: 'Backup files', value: String(fileRefs.length) },
            { label: 'UID', value: backup.uid },
          ]}
        />
      </Section>
      <Section title={`Restore points (${String(pointRefs.length)})`}>
        {points.error ? (
          <QueryError compact error={points.error} onRetry={() => void points.refetch()} />
        ) : null}
        <DataTable
          label={`Restore points of ${backup.name}`}
          urlPrefix="rp-"
          rows={enrich(pointRefs, points.data)}
          columns={restorePointColumns(points.isPending && pointRefs.length > 0)}
          rowKey={(row) => row.ref.id}
          defaultSort={{ key: 'date', direction: 'desc' }}
          emptyTitle="No restore points"
          emptyText="This backup has no restore points. The job may not have run yet, or retention removed them."
        />
      </Section>
      <Section title={`Backup files (${String(fileRefs.length)})`}>
        {files.error ? (
          <QueryError compact error={files.error} onRetry={() => void files.refetch()} />
        ) : null}
        <DataTable
          label={`Backup files of ${backup.name}`}
          urlPrefix="bf-"
          rows={enrich(fileRefs, files.data)}
          columns={backupFileColumns(files.isPending && fileRefs.length > 0)}
          rowKey={(row) => row.ref.id}
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
