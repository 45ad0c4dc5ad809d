/** The overview table's columns: the VM, its state, its newest point and where it is. */
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Column } from '@/components/data-table';
import { DateTime } from '@/components/date-time';
import { ProtectionBadge, STATE_LABELS } from '@/components/state-summary';
import { formatDuration } from '@/lib/duration';
import type { OverviewRow } from './rows';

export function columns(objective: number): Column<OverviewRow>[] {
  return [
    {
      key: 'vm',
      header: 'VM',
      value: (row) => row.entry.name,
      render: (row) => (
        <Anchor component={Link} to={paths.vm(row.entry.name, { rpo: objective })} fw={500}>
          {row.entry.name}
        </Anchor>
      ),
    },
    {
      key: 'state',
      header: 'State',
      value: (row) => STATE_LABELS[row.state],
      render: (row) => <ProtectionBadge state={row.state} />,
      filterable: false,
    },
    {
      key: 'newest',
      header: 'Newest restore point',
      value: (row) => row.entry.newest.time,
      render: (row) => <DateTime value={row.entry.newest.time} style={{ whiteSpace: 'nowrap' }} />,
      filterable: false,
    },
    {
      key: 'age',
      header: 'Age',
      value: (row) => Math.round(row.ageHours * 10) / 10,
      render: (row) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDuration(row.ageHours)}
        </Text>
      ),
      filterable: false,
    },
    {
      key: 'backup',
      header: 'Backup',
      value: (row) => row.backup ?? '',
      render: (row) =>
        row.entry.backup ? (
          <Anchor component={Link} to={paths.backup(row.entry.backup.id)}>
            {row.backup ?? row.entry.backup.id}
          </Anchor>
        ) : (
          '—'
        ),
      filterable: false,
    },
    { key: 'server', header: 'Backup server', value: (row) => row.server, filterable: false },
    {
      key: 'count',
      header: 'Restore points',
      value: (row) => row.entry.count,
      filterable: false,
    },
    {
      key: 'uid',
      header: 'Newest VM restore point UID',
      value: (row) => row.entry.newest.uid,
      exportOnly: true,
    },
  ];
}
