import { Anchor, Code, Drawer, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { appPathForHref } from '@/api/href';
import type { M365Version } from '@/api/m365/auth';
import { restorePointQueries, type RestorePoint } from '@/api/m365/restore-points';
import { paths } from '@/config/paths';
import { DateTime } from '@/components/date-time';
import { FieldList, yesNo } from '@/components/field-list';
import { QueryError } from '@/components/query-error';
import { RawSection } from '@/components/raw-section';
import type { Lookups } from '../common/use-lookups';
import { WorkloadBadges } from '../common/workload-badges';

const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

interface RestorePointDrawerProps {
  version: M365Version;
  /** The `point` URL parameter; the drawer is open while it is set. */
  pointId: string | null;
  /** The row from the list, shown at once while the server is asked for the point itself. */
  fromList: RestorePoint | undefined;
  lookups: Lookups;
  onClose: () => void;
}

/** A link to the app's page for an API href, or for the id when the point has no link. */
function ResourceLink({
  href,
  fallback,
  children,
}: {
  href: string | null;
  fallback: string | null;
  children: string;
}) {
  const to = (href ? appPathForHref(href) : null) ?? fallback;
  return to ? (
    <Anchor component={Link} to={to}>
      {children}
    </Anchor>
  ) : (
    <Text span>{children}</Text>
  );
}

/** Every field of one restore point, its links as app links; shareable through `?point=`. */
export function RestorePointDrawer({
  version,
  pointId,
  fromList,
  lookups,
  onClose,
}: RestorePointDrawerProps) {
  const detail = useQuery({
    ...restorePointQueries.detail(version, pointId ?? ''),
    enabled: pointId !== null,
    placeholderData: fromList,
  });
  const point = detail.data;

  return (
    <Drawer
      opened={pointId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={700}>Restore point</Text>}
      closeButtonProps={{ 'aria-label': 'Close restore point details' }}
    >
      {detail.error && !point ? (
        <QueryError compact error={detail.error} onRetry={() => void detail.refetch()} />
      ) : !point ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading">
          <Skeleton height={20} width="60%" />
          <Skeleton height={120} />
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="lg" fw={600}>
            <DateTime value={point.backupTime} />
          </Text>
          {detail.error ? (
            <QueryError compact error={detail.error} onRetry={() => void detail.refetch()} />
          ) : null}
          <FieldList
            fields={[
              { label: 'Backup time', value: <DateTime value={point.backupTime} /> },
              {
                label: 'Organization',
                value: point.organizationId ? (
                  <ResourceLink
                    href={point.organizationHref}
                    fallback={paths.m365Organization(point.organizationId)}
                  >
                    {lookups.organizationName(point.organizationId)}
                  </ResourceLink>
                ) : null,
              },
              { label: 'Job', value: point.jobId ? lookups.jobName(point.jobId) : null },
              {
                label: 'Repository',
                value: point.repositoryId ? (
                  <ResourceLink
                    href={point.repositoryHref}
                    fallback={paths.m365Repository(point.repositoryId)}
                  >
                    {lookups.repositoryName(point.repositoryId)}
                  </ResourceLink>
                ) : null,
              },
              { label: 'Workloads', value: <WorkloadBadges workloads={point.workloads} /> },
              { label: 'Long-term copy', value: yesNo(point.isLongTermCopy) },
              { label: 'Retrieved', value: yesNo(point.isRetrieved) },
              {
                label: 'Retrieval id',
                value:
                  point.retrievalId && point.retrievalId !== EMPTY_GUID ? (
                    <Code>{point.retrievalId}</Code>
                  ) : (
                    'None'
                  ),
              },
              ...(point.isCopy !== null ? [{ label: 'Copy', value: yesNo(point.isCopy) }] : []),
              ...(point.isDeleted !== null
                ? [{ label: 'Deleted', value: yesNo(point.isDeleted) }]
                : []),
              ...(point.eTag !== null ? [{ label: 'eTag', value: String(point.eTag) }] : []),
              ...(point.objectsEtag !== null
                ? [{ label: 'Objects eTag', value: String(point.objectsEtag) }]
                : []),
              ...('immutabilityExpiresOn' in point.raw
                ? [
                    {
                      label: 'Immutable until',
                      value: point.immutabilityExpiresOn ? (
                        <DateTime value={point.immutabilityExpiresOn} />
                      ) : (
                        'Not immutable'
                      ),
                    },
                  ]
                : []),
              {
                label: 'Restore point id',
                value: <Code style={{ wordBreak: 'break-all' }}>{point.id}</Code>,
              },
              {
                label: 'Organization id',
                value: point.organizationId ? <Code>{point.organizationId}</Code> : null,
              },
              { label: 'Job id', value: point.jobId ? <Code>{point.jobId}</Code> : null },
              {
                label: 'Repository id',
                value: point.repositoryId ? <Code>{point.repositoryId}</Code> : null,
              },
            ]}
          />
          <RawSection raw={point.raw} links={point.links} />
        </Stack>
      )}
    </Drawer>
  );
}
