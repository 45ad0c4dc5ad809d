/** The Microsoft 365 overview's columns: the organization, its state, each workload's age. */
import { Anchor, Skeleton, Text } from '@mantine/core';
import { Link } from 'react-router';
import { WORKLOADS, WORKLOAD_LABELS, type Workload } from '@/api/m365/restore-points';
import { paths } from '@/config/paths';
import type { Column } from '@/components/data-table';
import { ProtectionBadge, STATE_LABELS } from '@/components/state-summary';
import { formatDuration } from '@/lib/duration';
import type { OrganizationRow } from './rows';

const pending = <Skeleton height={12} width={60} aria-label="Loading" />;

function ageCell(row: OrganizationRow, workload: Workload) {
  if (row.newest === undefined) return pending;
  if (row.newest === null) return '—';
  const age = row.ages[workload];
  if (age === null) {
    return (
      <Text size="sm" c="var(--mantine-color-orange-text)" fw={600}>
        No restore point
      </Text>
    );
  }
  const outside = row.outside.includes(workload);
  return (
    <Text
      size="sm"
      style={{ whiteSpace: 'nowrap' }}
      {...(outside ? { c: 'var(--mantine-color-orange-text)', fw: 600 } : {})}
    >
      {formatDuration(age)}
      {outside ? ' · outside' : ''}
    </Text>
  );
}

export function columns(objective: number): Column<OrganizationRow>[] {
  return [
    {
      key: 'organization',
      header: 'Organization',
      value: (row) => row.organization.displayName,
      render: (row) => (
        <Anchor
          component={Link}
          to={paths.m365Organization(row.organization.id, { rpo: objective })}
          fw={500}
        >
          {row.organization.displayName}
        </Anchor>
      ),
    },
    {
      key: 'state',
      header: 'State',
      value: (row) => (row.state ? STATE_LABELS[row.state] : ''),
      render: (row) =>
        row.state ? (
          <ProtectionBadge state={row.state} />
        ) : row.newest === undefined ? (
          pending
        ) : (
          <Text size="sm" c="red">
            Could not load its restore points
          </Text>
        ),
      filterable: false,
    },
    ...WORKLOADS.map((workload): Column<OrganizationRow> => ({
      key: workload,
      header: WORKLOAD_LABELS[workload],
      value: (row) => {
        const age = row.ages[workload];
        return age === null ? null : Math.round(age * 10) / 10;
      },
      render: (row) => ageCell(row, workload),
      filterable: false,
    })),
    {
      key: 'outside',
      header: 'Workloads outside',
      value: (row) => row.outside.map((workload) => WORKLOAD_LABELS[workload]).join(', '),
      filterable: false,
    },
    { key: 'tenant', header: 'Tenant', value: (row) => row.organization.name },
  ];
}
