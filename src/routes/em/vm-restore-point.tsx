import { Anchor, Code } from '@mantine/core';
import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { restorePointQueries } from '@/api/em/restore-points';
import { vmRestorePointQueries } from '@/api/em/vm-restore-points';
import { paths } from '@/config/paths';
import { targetLink } from '@/components/api-link';
import { AlgorithmBadge, PointTypeBadge } from '@/components/badges';
import { DateTime } from '@/components/date-time';
import { FieldList } from '@/components/field-list';
import { PageHeader } from '@/components/page-header';
import { RawSection } from '@/components/raw-section';
import { Section } from '@/components/section';
import { requireSession } from '../guards';
import { loaderQuery } from '../loader-query';
import { backupCrumbs } from './common/crumbs';

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const query = loaderQuery(queryClient, request.signal);
    requireSession('em', request);
    const point = await query(vmRestorePointQueries.detail(params.vmRestorePointId ?? ''));
    // The backup (for the breadcrumb) hangs off the parent restore point: start it now, don't wait.
    if (point.restorePoint)
      void query(restorePointQueries.detail(point.restorePoint.id)).catch(() => undefined);
    return null;
  };
}

export function Component() {
  const id = useParams().vmRestorePointId ?? '';
  const { data: point } = useSuspenseQuery(vmRestorePointQueries.detail(id));
  const parent = useQuery({
    ...restorePointQueries.detail(point.restorePoint?.id ?? ''),
    enabled: Boolean(point.restorePoint),
  });
  const backup = parent.data?.backup;

  return (
    <>
      <PageHeader
        kicker="VM restore point"
        title={point.name}
        crumbs={backupCrumbs(
          backup,
          ...(point.restorePoint
            ? [
                {
                  label: point.restorePoint.name ?? 'Restore point',
                  to: paths.restorePoint(point.restorePoint.id),
                },
              ]
            : []),
          { label: point.vmName },
        )}
        actions={
          <Anchor component={Link} to={paths.vm(point.vmName)} size="sm">
            All restore points of {point.vmName}
          </Anchor>
        }
      />
      <Section title="Details">
        <FieldList
          fields={[
            { label: 'VM name', value: point.vmName },
            { label: 'Created', value: <DateTime value={point.creationTime} /> },
            { label: 'Point type', value: <PointTypeBadge value={point.pointType} /> },
            { label: 'Algorithm', value: <AlgorithmBadge value={point.algorithm} /> },
            { label: 'Name', value: point.name },
            { label: 'VM display name', value: point.vmDisplayName },
            { label: 'UID', value: point.uid },
            {
              label: 'Hierarchy object reference',
              value: point.hierarchyObjRef ? <Code>{point.hierarchyObjRef}</Code> : null,
            },
          ]}
        />
      </Section>
      <Section title="Where it belongs">
        <FieldList
          fields={[
            {
              label: 'Restore point',
              value: targetLink(
                point.restorePoint,
                <span style={{ whiteSpace: 'pre' }}>
                  {point.restorePoint?.name ?? point.restorePoint?.id}
                </span>,
              ),
            },
            {
              label: 'Backup file',
              value: targetLink(point.backupFile),
            },
            {
              label: 'Backup server',
              value: targetLink(point.backupServer),
            },
            {
              label: 'Backup',
              value: targetLink(backup),
            },
          ]}
        />
      </Section>
      <RawSection raw={point.raw} links={point.links} />
    </>
  );
}
