import { Text } from '@mantine/core';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { restorePointQueries } from '@/api/em/restore-points';
import { targetLink } from '@/components/api-link';
import { DateTime } from '@/components/date-time';
import { FieldList } from '@/components/field-list';
import { PageHeader } from '@/components/page-header';
import { RawSection } from '@/components/raw-section';
import { Section } from '@/components/section';
import { ReferenceList } from './common/reference-list';
import { requireSession } from '../guards';
import { VmRestorePointsTable } from './common/vm-restore-points-table';
import { backupCrumbs } from './common/crumbs';

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

  return (
    <>
      <PageHeader
        kicker="Restore point"
        title={point.name}
        crumbs={backupCrumbs(point.backup, { label: point.name })}
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
              value: targetLink(point.backup),
            },
            {
              label: 'Backup server',
              value: targetLink(point.backupServer),
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
