import { Alert, Anchor, Group, Paper, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import type { VmIndexEntry } from '@/api/em/vm-index/builder';
import { paths } from '@/config/paths';
import { PointTypeBadge } from '@/components/badges';
import { DataTable, type Column } from '@/components/data-table';
import { DateTime } from '@/components/date-time';
import { PageHeader } from '@/components/page-header';
import { createSearcher, type RankedMatch } from '@/lib/search-rank';
import { requireSession } from '../guards';
import { HighlightedName } from '@/components/highlighted-name';
import { IndexStatus } from './vms/index-status';
import { useVmIndex } from './vms/vm-index-store';
import { useUrlState } from '@/components/use-url-state';

export function loader() {
  return ({ request }: LoaderFunctionArgs) => {
    requireSession('em', request);
    return null;
  };
}

type Row = Pick<RankedMatch<VmIndexEntry>, 'item' | 'name' | 'start' | 'end'>;

const columns: Column<Row>[] = [
  {
    key: 'vm',
    header: 'VM',
    value: (row) => row.name,
    render: (row) => (
      <Anchor component={Link} to={paths.vm(row.name)} fw={500}>
        <HighlightedName match={row} />
      </Anchor>
    ),
  },
  {
    key: 'newest',
    header: 'Newest restore point',
    value: (row) => row.item.newest.time,
    render: (row) => <DateTime value={row.item.newest.time} />,
  },
  {
    key: 'pointType',
    header: 'Point type',
    value: (row) => row.item.newest.pointType,
    render: (row) => <PointTypeBadge value={row.item.newest.pointType} />,
  },
  { key: 'count', header: 'Restore points', value: (row) => row.item.count, filterable: false },
  {
    key: 'oldest',
    header: 'Oldest restore point',
    value: (row) => row.item.oldest,
    render: (row) => <DateTime value={row.item.oldest} />,
  },
  { key: 'servers', header: 'Backup servers', value: (row) => row.item.backupServers.join('; ') },
];

/** Every VM whose name contains `q` (all VMs without `q`), best match first, from the VM-name index. */
export function Component() {
  const [params, setParams] = useUrlState();
  const q = params.get('q') ?? '';
  const index = useVmIndex({ autoStart: true });
  const rows = useMemo<Row[]>(() => {
    if (q.trim()) return createSearcher(index.entries, (entry) => entry.name)(q);
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    return [...index.entries]
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((item) => ({ item, name: item.name, start: 0, end: 0 }));
  }, [index.entries, q]);
  const title = q.trim() ? `VMs matching “${q.trim()}”` : 'All VMs';

  return (
    <>
      <PageHeader
        kicker="Search"
        title={title}
        crumbs={[{ label: 'Backups', to: paths.backups() }, { label: 'VMs' }]}
      >
        <Group gap="md" align="flex-end" wrap="wrap">
          <TextInput
            label="VM name contains"
            value={q}
            w={280}
            spellCheck={false}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setParams({ q: value, 'vm-page': null });
            }}
          />
          <Paper withBorder p={6} radius="sm" miw={260}>
            <IndexStatus index={index} />
          </Paper>
        </Group>
      </PageHeader>
      {!index.complete ? (
        <Alert color="yellow" variant="light" mb="sm" role="status" title="Partial results">
          The VM names are still loading (or the last sweep did not finish); this list may miss VMs.
        </Alert>
      ) : null}
      <DataTable
        label={title}
        urlPrefix="vm-"
        rows={rows}
        columns={columns}
        rowKey={(row) => row.item.key}
        emptyTitle={q.trim() ? `No VM name contains “${q.trim()}”` : 'No VMs yet'}
        emptyText={
          q.trim() ? (
            <>
              Names match anywhere, ignoring case and accents.{' '}
              <Anchor component={Link} to={paths.vm(q.trim())}>
                Look up the VM named “{q.trim()}” exactly
              </Anchor>
              .
            </>
          ) : (
            'No VM restore points are known yet.'
          )
        }
      />
      <Text size="xs" c="dimmed" mt="xs">
        Sorted by best match until you sort by a column. The export has the rows you see, in this
        order.
      </Text>
    </>
  );
}
