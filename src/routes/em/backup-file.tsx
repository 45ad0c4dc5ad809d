import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { backupFileQueries } from '@/api/em/backup-files';
import { targetLink } from '@/components/api-link';
import { DateTime } from '@/components/date-time';
import { FieldList } from '@/components/field-list';
import { PageHeader } from '@/components/page-header';
import { RawSection } from '@/components/raw-section';
import { Section } from '@/components/section';
import { formatBytes, formatRatio } from '@/lib/format-number';
import { requireSession } from '../guards';
import { loaderQuery } from '../loader-query';
import { BackupFileVmsTable } from './common/vm-restore-points-table';
import { backupCrumbs } from './common/crumbs';

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const query = loaderQuery(queryClient, request.signal);
    requireSession('em', request);
    const id = params.backupFileId ?? '';
    await Promise.all([
      query(backupFileQueries.detail(id)),
      query(backupFileQueries.vmRestorePoints(id)),
    ]);
    return null;
  };
}

export function Component() {
  const id = useParams().backupFileId ?? '';
  const { data: file } = useSuspenseQuery(backupFileQueries.detail(id));
  const { data: vmRefs } = useSuspenseQuery(backupFileQueries.vmRestorePoints(id));

  return (
    <>
      <PageHeader
        kicker="Backup file"
        title={file.name}
        crumbs={backupCrumbs(file.backup, { label: file.name })}
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
              value: targetLink(file.backup),
            },
            {
              label: 'Backup server',
              value: targetLink(file.backupServer),
            },
            { label: 'UID', value: file.uid },
          ]}
        />
      </Section>
      <Section title={`VM restore points (${String(vmRefs.items.length)})`}>
        <BackupFileVmsTable label={`VM restore points in ${file.name}`} refs={vmRefs} />
      </Section>
      <RawSection raw={file.raw} links={file.links} />
    </>
  );
}
