import { Text } from '@mantine/core';
import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
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
import { loaderQuery } from '../loader-query';
import { RestorePointVmsTable, restorePointVmList } from './common/vm-restore-points-table';
import { prefetchList } from './common/server-list';
import { vmRestorePointFilters, vmRestorePointQueries } from '@/api/em/vm-restore-points';
import { backupCrumbs } from './common/crumbs';

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const query = loaderQuery(queryClient, request.signal);
    requireSession('em', request);
    const id = params.restorePointId ?? '';
    await Promise.all([
      query(restorePointQueries.detail(id)),
      query(restorePointQueries.files(id)),
      prefetchList(queryClient, vmRestorePointQueries, restorePointVmList(id), request),
    ]);
    return null;
  };
}

export function Component() {
  const id = useParams().restorePointId ?? '';
  const { data: point } = useSuspenseQuery(restorePointQueries.detail(id));
  const { data: fileRefs } = useSuspenseQuery(restorePointQueries.files(id));
  const vmCount = useQuery(vmRestorePointQueries.count(vmRestorePointFilters.ofRestorePoint(id)));
  const vmCountText = vmCount.data === undefined ? '…' : String(vmCount.data);

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
              label: 'Name (as the server writes it)',
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
            { label: 'VM restore points', value: vmCountText },
            { label: 'UID', value: point.uid },
          ]}
        />
      </Section>
      <Section title={`VM restore points (${vmCountText})`}>
        <RestorePointVmsTable label={`VM restore points of ${point.name}`} restorePointId={id} />
      </Section>
      <Section title={`Backup files (${String(fileRefs.items.length)})`}>
        <ReferenceList refs={fileRefs} empty="No backup files are linked to this restore point." />
      </Section>
      <RawSection raw={point.raw} links={point.links} />
    </>
  );
}
