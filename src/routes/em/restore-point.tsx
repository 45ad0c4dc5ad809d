import { Text } from '@mantine/core';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { restorePointQueries } from '@/api/em/restore-points';
import { paths } from '@/config/paths';
import { ApiLink } from '@/components/api-link';
import { DateTime } from '@/components/date-time';
import { FieldList } from '@/components/field-list';
import { PageHeader } from '@/components/page-header';
import { RawSection } from '@/components/raw-section';
import { Section } from '@/components/section';
import { ReferenceList } from './shared/reference-list';
import { requireSession } from '../guards';
import { VmRestorePointsTable } from './shared/vm-restore-points-table';

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    requireSession('em', request);
    const id = params.restorePointId ?? '';
    await Promise.all([
      queryClient.query(restorePointQueries.detail(id)),
      queryClient.query(restorePointQueries.children(id, 'vmRestorePoints')),
      queryClient.query(restorePointQueries.children(id, 'backupFiles')),
    ]);
    return null;
  };
}

export function Component() {
  const id = useParams().restorePointId ?? '';
  const { data: point } = useSuspenseQuery(restorePointQueries.detail(id));
  const { data: vmRefs } = useSuspenseQuery(restorePointQueries.children(id, 'vmRestorePoints'));
  const { data: fileRefs } = useSuspenseQuery(restorePointQueries.children(id, 'backupFiles'));
  const backupName = point.backup?.name ?? 'Backup';

  return (
    <>
      <PageHeader
        kicker="Restore point"
        title={point.name}
        crumbs={[
          { label: 'Backups', to: paths.backups() },
          ...(point.backup ? [{ label: backupName, to: paths.backup(point.backup.id) }] : []),
          { label: point.name },
        ]}
      />
      <Section title="Details">
        <FieldList
          fields={[
            { label: 'Backup date', value: <DateTime value={point.backupDate} /> },
            {
              label: 'Name (server local time)',
              value: (
                <Text span style={{ whiteSpace: 'pre' }}>
                  {point.name}
                </Text>
              ),
            },
            {
              label: 'Backup',
              value: point.backup ? <ApiLink href={point.backup.href}>{backupName}</ApiLink> : null,
            },
            {
              label: 'Backup server',
              value: point.backupServer ? (
                <ApiLink href={point.backupServer.href}>
                  {point.backupServer.name ?? point.backupServer.id}
                </ApiLink>
              ) : null,
            },
            { label: 'VM restore points', value: String(vmRefs.length) },
            { label: 'UID', value: point.uid },
          ]}
        />
      </Section>
      <Section title={`VM restore points (${String(vmRefs.length)})`}>
        <VmRestorePointsTable label={`VM restore points of ${point.name}`} refs={vmRefs} />
      </Section>
      <Section title={`Backup files (${String(fileRefs.length)})`}>
        <ReferenceList refs={fileRefs} empty="No backup files are linked to this restore point." />
      </Section>
      <RawSection raw={point.raw} links={point.links} />
    </>
  );
}
