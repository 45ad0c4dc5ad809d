import { Badge, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import type { M365Version } from '@/api/m365/auth';
import { backupRepositoryQueries, type BackupRepository } from '@/api/m365/backup-repositories';
import { paths } from '@/config/paths';
import { FieldList, yesNo } from '@/components/field-list';
import { PageHeader } from '@/components/page-header';
import { PageSkeleton } from '@/components/page-skeleton';
import { RawSection } from '@/components/raw-section';
import { Section } from '@/components/section';
import { formatBytes } from '@/lib/format-number';
import { requireM365 } from '../guards';
import { loaderQuery } from '../loader-query';
import { VersionBadge } from './common/version-badge';
import { useSessions } from '../sessions';

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const query = loaderQuery(queryClient, request.signal);
    const version = requireM365(request);
    await query(backupRepositoryQueries.detail(version, params.repositoryId ?? ''));
    return null;
  };
}

export function Component() {
  const { m365 } = useSessions();
  if (!m365) return <PageSkeleton />;
  return <RepositoryPage version={m365.version} />;
}

function Usage({ repository }: { repository: BackupRepository }) {
  const { capacityBytes: capacity, freeSpaceBytes: free } = repository;
  if (!capacity || free === null) return null;
  const used = Math.min(100, Math.max(0, ((capacity - free) / capacity) * 100));
  return (
    <Stack gap={4} mb="md" maw={480}>
      <Text size="sm">
        {formatBytes(capacity - free)} used of {formatBytes(capacity)} ({used.toFixed(0)} %),{' '}
        {formatBytes(free)} free
      </Text>
      <Progress
        value={used}
        color={used > 90 ? 'red' : used > 75 ? 'orange' : 'blue'}
        aria-label="Space used"
      />
    </Stack>
  );
}

function RepositoryPage({ version }: { version: M365Version }) {
  const id = useParams().repositoryId ?? '';
  const { data: repository } = useSuspenseQuery(backupRepositoryQueries.detail(version, id));

  return (
    <>
      <PageHeader
        kicker="Microsoft 365 backup repository"
        title={repository.name}
        crumbs={[
          { label: 'Restore points', to: paths.m365RestorePoints() },
          { label: repository.name },
        ]}
        actions={
          <>
            <VersionBadge version={version} />
            <Button
              component={Link}
              to={paths.m365RestorePoints({ repo: repository.id })}
              size="xs"
            >
              Restore points in this repository
            </Button>
          </>
        }
      >
        <Group gap="xs">
          {repository.isLongTerm ? (
            <Badge color="grape" variant="light" radius="sm">
              Long-term (object storage)
            </Badge>
          ) : null}
          {repository.isOutdated ? (
            <Badge color="orange" variant="light" radius="sm">
              Outdated
            </Badge>
          ) : null}
          {repository.isOutOfSync ? (
            <Badge color="orange" variant="light" radius="sm">
              Out of sync
            </Badge>
          ) : null}
        </Group>
      </PageHeader>
      <Section title="Details">
        <Usage repository={repository} />
        <FieldList
          fields={[
            { label: 'Description', value: repository.description },
            { label: 'Path', value: repository.path },
            {
              label: 'Capacity',
              value:
                repository.capacityBytes === null ? null : formatBytes(repository.capacityBytes),
            },
            {
              label: 'Free space',
              value:
                repository.freeSpaceBytes === null ? null : formatBytes(repository.freeSpaceBytes),
            },
            {
              label: 'Retention type',
              value:
                repository.retentionType === 'ItemLevel'
                  ? 'Item-level'
                  : repository.retentionType === 'SnapshotBased'
                    ? 'Snapshot-based'
                    : repository.retentionType,
            },
            { label: 'Long-term', value: yesNo(repository.isLongTerm) },
            { label: 'Outdated', value: yesNo(repository.isOutdated) },
            { label: 'Out of sync', value: yesNo(repository.isOutOfSync) },
            { label: 'Proxy id', value: repository.proxyId },
            { label: 'Object storage id', value: repository.objectStorageId },
            { label: 'Repository id', value: repository.id },
          ]}
        />
      </Section>
      <RawSection raw={repository.raw} links={repository.links} />
    </>
  );
}
