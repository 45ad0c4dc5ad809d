/**
 * The columns of the VM's restore point table, and its backup cell (shared with
 * the card). The server sorts; columns it cannot sort by (backup, file) are not sortable.
 */
import { Anchor, Button, CopyButton, Group, Skeleton, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { AlgorithmBadge, PointTypeBadge } from '@/components/badges';
import type { Column } from '@/components/data-table';
import { DateTime } from '@/components/date-time';
import { formatLocal } from '@/lib/dates';
import type { Row } from './rows';

const pendingCell = <Skeleton height={12} width={110} aria-label="Loading" />;

export function backupCell(row: Row) {
  if (row.backup === undefined) return pendingCell;
  if (!row.backup) return '—';
  return (
    <Anchor component={Link} to={paths.backup(row.backup.id)}>
      {row.backup.name ?? row.backup.id}
    </Anchor>
  );
}

/** Keeps a cell at its content's width (badges and dates would otherwise be squeezed). */
const noShrink = { minWidth: 'max-content' } as const;

export function columns(copy: (row: Row) => void): Column<Row>[] {
  return [
    {
      key: 'created',
      header: 'Created',
      value: (row) => row.point.creationTime,
      render: (row) => (
        <Group gap={6} wrap="nowrap" style={noShrink}>
          <DateTime value={row.point.creationTime} />
          <Tooltip label="Copy for ticket">
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={`Copy ticket text for the restore point of ${formatLocal(row.point.creationTime)}`}
              onClick={() => {
                copy(row);
              }}
            >
              Ticket
            </Button>
          </Tooltip>
        </Group>
      ),
    },
    {
      key: 'pointType',
      header: 'Point type',
      value: (row) => row.point.pointType,
      render: (row) => (
        <div style={noShrink}>
          <PointTypeBadge value={row.point.pointType} />
        </div>
      ),
    },
    {
      key: 'algorithm',
      header: 'Algorithm',
      value: (row) => row.point.algorithm,
      render: (row) => (
        <div style={noShrink}>
          <AlgorithmBadge value={row.point.algorithm} />
        </div>
      ),
    },
    {
      key: 'backup',
      header: 'Backup',
      value: (row) => row.backup?.name ?? '',
      render: backupCell,
      sortable: false,
    },
    {
      key: 'restorePoint',
      header: 'Restore point',
      value: (row) => row.point.restorePoint?.name ?? '',
      render: (row) =>
        row.point.restorePoint ? (
          <Anchor
            component={Link}
            to={paths.restorePoint(row.point.restorePoint.id)}
            style={{ whiteSpace: 'pre' }}
          >
            {row.point.restorePoint.name ?? row.point.restorePoint.id}
          </Anchor>
        ) : (
          '—'
        ),
    },
    {
      key: 'backupFile',
      header: 'Backup file',
      value: (row) => row.point.backupFile?.name ?? '',
      sortable: false,
      render: (row) =>
        row.point.backupFile ? (
          <Anchor
            component={Link}
            to={paths.backupFile(row.point.backupFile.id)}
            size="xs"
            style={{ whiteSpace: 'nowrap' }}
          >
            {row.point.backupFile.name ?? row.point.backupFile.id}
          </Anchor>
        ) : (
          '—'
        ),
    },
    {
      key: 'server',
      header: 'Backup server',
      value: (row) => row.point.backupServer?.name ?? '',
      render: (row) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {row.point.backupServer?.name ?? '—'}
        </Text>
      ),
    },
    {
      key: 'name',
      header: 'VM restore point',
      value: (row) => row.point.name,
      render: (row) => (
        <Anchor
          component={Link}
          to={paths.vmRestorePoint(row.point.id)}
          size="xs"
          style={{ whiteSpace: 'nowrap' }}
        >
          {row.point.name}
        </Anchor>
      ),
    },
    {
      key: 'uid',
      header: 'UID',
      value: (row) => row.point.uid,
      sortable: false,
      render: (row) =>
        row.point.uid ? (
          <CopyButton value={row.point.uid}>
            {({ copied, copy: copyUid }) => (
              <Tooltip label={row.point.uid}>
                <Button size="compact-xs" variant="subtle" onClick={copyUid} style={noShrink}>
                  {copied ? 'Copied' : 'Copy UID'}
                </Button>
              </Tooltip>
            )}
          </CopyButton>
        ) : (
          '—'
        ),
    },
  ];
}
