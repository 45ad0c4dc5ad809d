import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { backupFileQueries } from '@/api/em/backup-files';
import { paths } from '@/config/paths';
import { ApiLink } from '@/components/api-link';
import { DateTime } from '@/components/date-time';
import { FieldList } from '@/components/field-list';
import { PageHeader } from '@/components/page-header';
import { RawSection } from '@/components/raw-section';
import { Section } from '@/components/section';
import { formatBytes, formatRatio } from '@/lib/format-number';
import { requireSession } from '../guards';
import { VmRestorePointsTable } from './shared/vm-restore-points-table';

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    requireSession('em', request);
    const id = params.backupFileId ?? '';
    await Promise.all([
      queryClient.query(backupFileQueries.detail(id)),
      queryClient.query(backupFileQueries.vmRestorePoints(id)),
    ]);
    return null;
  };
}

export function Component() {
  const id = useParams().backupFileId ?? '';
  const { data: file } = useSuspenseQuery(backupFileQueries.detail(id));
  const { data: vmRefs } = useSuspenseQuery(backupFileQueries.vmRestorePoints(id));
  const backupName = file.backup?.name ?? 'Backup';

  return (
    <>
      <PageHeader
        kicker="Backup file"
        title={file.name}
        crumbs={[
          { label: 'Backups', to: paths.backups() },
          ...(file.backup ? [{ label: backupName, to: paths.backup(file.backup.id) }] : []),
          { label: file.name },
        ]}
      />
      <Section title="Details">
        <FieldList
          fields={[
            { label: 'Created', value: <DateTime value={file.creationTime} /> },
            { label: 'File type', value: file.fileType },
            { label: 'Path', value: file.filePath },
            { label: 'Backup size', value: formatBytes(file.backupSize) },
            { label: 'Data size', value: formatBytes(file.dataSize) },
            { label: 'Deduplication ratio', value: formatRatio(file.deduplicationRatio) },
            { label: 'Compression ratio', value: formatRatio(file.compressRatio) },
            {
              label: 'Backup',
              value: file.backup ? <ApiLink href={file.backup.href}>{backupName}</ApiLink> : null,
            },
            {
              label: 'Backup server',
              value: file.backupServer ? (
                <ApiLink href={file.backupServer.href}>
                  {file.backupServer.name ?? file.backupServer.id}
                </ApiLink>
              ) : null,
            },
            { label: 'UID', value: file.uid },
          ]}
        />
      </Section>
      <Section title={`VM restore points (${String(vmRefs.length)})`}>
        <VmRestorePointsTable label={`VM restore points in ${file.name}`} refs={vmRefs} />
      </Section>
      <RawSection raw={file.raw} links={file.links} />
    </>
  );
}
