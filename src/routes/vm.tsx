import {
  Anchor,
  Button,
  CopyButton,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  useQuery,
  useQueryClient,
  useSuspenseQuery,
  type QueryClient,
} from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import {
  Link,
  useNavigate,
  useParams,
  useSearchParams,
  type LoaderFunctionArgs,
} from 'react-router';
import type { LinkTarget } from '@/api/em/backups';
import { restorePointQueries, restorePointUid } from '@/api/em/restore-points';
import { vmRestorePointQueries, type VmRestorePoint } from '@/api/em/vm-restore-points';
import { paths } from '@/app/paths';
import { AlgorithmBadge, PointTypeBadge } from '@/components/badges';
import { DataTable, type Column } from '@/components/data-table';
import { DateTime } from '@/components/date-time';
import { EmptyState } from '@/components/empty-state';
import { FreshnessCard } from '@/components/freshness-card';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { RestorePointTimeline, type TimelinePoint } from '@/components/restore-point-timeline';
import { RouteError } from '@/components/route-error';
import { Section } from '@/components/section';
import { formatLocal } from '@/lib/dates';
import { DEFAULT_GAP_TOLERANCE, findGaps } from '@/lib/gaps';
import { createSearcher } from '@/lib/search-rank';
import { ticketText } from '@/lib/ticket-text';
import { requireSession } from './guards';
import { useVmIndex } from './lookup/vm-index-store';

export const DEFAULT_RPO_HOURS = 24;
export const DEFAULT_PERIOD_DAYS = 30;
const PERIODS = ['7', '14', '30', '90', 'all'] as const;
const DAY_MS = 86_400_000;

export function loader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    requireSession('em', request);
    await queryClient.query(vmRestorePointQueries.ofVm(params.vmName ?? ''));
    return null;
  };
}

/** `rpo` in hours (0 < rpo ≤ one year), else the default. */
export function readObjective(params: URLSearchParams): number {
  const value = Number(params.get('rpo'));
  return Number.isFinite(value) && value > 0 && value <= 8760 ? value : DEFAULT_RPO_HOURS;
}

/** `days` of the timeline: a number of days or `all`. */
export function readPeriod(params: URLSearchParams): number | 'all' {
  const raw = params.get('days');
  if (raw === 'all') return 'all';
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 && value <= 3650 ? value : DEFAULT_PERIOD_DAYS;
}

interface Row {
  point: VmRestorePoint;
  /** undefined while the backup names load, null when unknown. */
  backup: LinkTarget | null | undefined;
}

type TimelineRow = TimelinePoint & { row: Row };

const pendingCell = <Skeleton height={12} width={110} aria-label="Loading" />;

function backupCell(row: Row) {
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

function columns(copy: (row: Row) => void): Column<Row>[] {
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
    { key: 'backup', header: 'Backup', value: (row) => row.backup?.name ?? '', render: backupCell },
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

export function Component() {
  const vmName = useParams().vmName ?? '';
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(vmRestorePointQueries.ofVm(vmName));
  const points = useMemo(
    () => [...data].sort((a, b) => b.creationTime.getTime() - a.creationTime.getTime()),
    [data],
  );
  const objective = readObjective(params);
  const period = readPeriod(params);
  const [now] = useState(() => new Date());
  const [ticket, setTicket] = useState<string | null>(null);
  const [ticketOpened, ticketDialog] = useDisclosure(false);

  const restorePointUids = useMemo(
    () =>
      points.flatMap((point) =>
        point.restorePoint ? [restorePointUid(point.restorePoint.id)] : [],
      ),
    [points],
  );
  const backupsQuery = restorePointQueries.byUids(restorePointUids);
  const restorePoints = useQuery(backupsQuery);
  const rows = useMemo<Row[]>(() => {
    const backupOf = new Map(restorePoints.data?.map((rp) => [rp.id, rp.backup]));
    return points.map((point) => ({
      point,
      backup: !point.restorePoint
        ? null
        : restorePoints.data
          ? (backupOf.get(point.restorePoint.id) ?? null)
          : restorePoints.isError
            ? null
            : undefined,
    }));
  }, [points, restorePoints.data, restorePoints.isError]);

  const newest = rows[0];
  const displayName = newest?.point.vmName ?? vmName;
  const backupCount = new Set(rows.flatMap((row) => (row.backup ? [row.backup.id] : []))).size;

  const setParam = (name: string, value: string | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  };

  const copy = async (row: Row) => {
    let backup = row.backup;
    if (backup === undefined) {
      // Backup names still loading: wait for them rather than write "unknown" into a ticket.
      const loaded = await queryClient.query(backupsQuery).catch(() => []);
      backup = loaded.find((rp) => rp.id === row.point.restorePoint?.id)?.backup ?? null;
    }
    const text = ticketText({
      point: {
        vmName: row.point.vmName,
        time: row.point.creationTime,
        pointType: row.point.pointType,
        algorithm: row.point.algorithm,
        backupName: backup?.name ?? null,
        uid: row.point.uid,
        restorePointName: row.point.restorePoint?.name ?? null,
        restorePointUid: row.point.restorePoint ? restorePointUid(row.point.restorePoint.id) : null,
        backupFileName: row.point.backupFile?.name ?? null,
      },
      link: new URL(
        paths.vm(displayName, {
          rpo: objective,
          days: period === DEFAULT_PERIOD_DAYS ? undefined : period,
        }),
        window.location.origin,
      ).href,
      objectiveHours: objective,
      newest: row === newest,
    });
    try {
      await navigator.clipboard.writeText(text);
      notifications.show({
        color: 'teal',
        title: 'Copied for the ticket',
        message: `Restore point of ${formatLocal(row.point.creationTime)} (${displayName}) is on the clipboard.`,
      });
    } catch {
      // No clipboard access (permissions, insecure origin): show the text to copy by hand.
      setTicket(text);
      ticketDialog.open();
    }
  };

  const timelinePoints = useMemo<TimelineRow[]>(
    () =>
      rows.map((row) => ({
        id: row.point.id,
        time: row.point.creationTime,
        type: row.point.pointType,
        lane: row.backup?.name ?? (row.backup === undefined ? '' : 'Unknown backup'),
        title: `${row.point.vmName}${row.backup?.name ? ` · ${row.backup.name}` : ''}`,
        details: [
          ...(row.point.algorithm ? [{ label: 'Algorithm', value: row.point.algorithm }] : []),
          ...(row.point.restorePoint?.name
            ? [{ label: 'Restore point', value: row.point.restorePoint.name }]
            : []),
        ],
        row,
      })),
    [rows],
  );
  const gaps = useMemo(
    () =>
      findGaps(
        points.map((point) => point.creationTime),
        objective,
        now,
        { tolerance: DEFAULT_GAP_TOLERANCE },
      ),
    [points, objective, now],
  );
  const oldest = points.at(-1)?.creationTime;
  const from =
    period === 'all'
      ? new Date(Math.min(oldest?.getTime() ?? now.getTime(), now.getTime() - DAY_MS))
      : new Date(now.getTime() - period * DAY_MS);

  const crumbs = [{ label: 'Backups', to: paths.backups() }, { label: displayName }];
  if (!newest) {
    return (
      <>
        <PageHeader kicker="VM" title={vmName} crumbs={crumbs} />
        <EmptyState title={`No restore points found for VM '${vmName}'.`}>
          Check the spelling; names match exactly, ignoring case.
        </EmptyState>
        <Suggestions vmName={vmName} />
      </>
    );
  }

  return (
    <>
      <PageHeader kicker="VM" title={displayName} crumbs={crumbs}>
        <Text size="sm" c="dimmed">
          {rows.length} restore {rows.length === 1 ? 'point' : 'points'}
          {backupCount
            ? ` in ${String(backupCount)} ${backupCount === 1 ? 'backup' : 'backups'}`
            : ''}
          , from <DateTime value={points.at(-1)?.creationTime} size="sm" /> to{' '}
          <DateTime value={newest.point.creationTime} size="sm" />.
        </Text>
      </PageHeader>
      <Group gap="md" align="flex-end" mb="md" wrap="wrap">
        <ObjectiveInput
          value={objective}
          onChange={(hours) => {
            setParam('rpo', String(hours));
          }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="vm-period-label">
            Timeline period
          </Text>
          <SegmentedControl
            aria-labelledby="vm-period-label"
            value={String(period)}
            data={[
              ...PERIODS.map((value) => ({ value, label: value === 'all' ? 'All' : `${value} d` })),
              ...(PERIODS.includes(String(period) as (typeof PERIODS)[number])
                ? []
                : [{ value: String(period), label: `${String(period)} d` }]),
            ]}
            onChange={(value) => {
              setParam('days', value);
            }}
          />
        </Stack>
      </Group>
      <FreshnessCard
        title="Latest restore point"
        objectiveHours={objective}
        sourceLabel="Backup"
        latest={{
          time: newest.point.creationTime,
          type: newest.point.pointType,
          source: backupCell(newest),
          label: (
            <Text size="sm">
              <Anchor component={Link} to={paths.vmRestorePoint(newest.point.id)}>
                Open the newest restore point
              </Anchor>
              {newest.point.restorePoint ? (
                <>
                  {' · job run '}
                  <Anchor
                    component={Link}
                    to={paths.restorePoint(newest.point.restorePoint.id)}
                    style={{ whiteSpace: 'pre' }}
                  >
                    {newest.point.restorePoint.name ?? newest.point.restorePoint.id}
                  </Anchor>
                </>
              ) : null}
            </Text>
          ),
        }}
        actions={
          <Button
            size="xs"
            onClick={() => {
              void copy(newest);
            }}
          >
            Copy for ticket
          </Button>
        }
      />
      {restorePoints.error ? (
        <QueryError
          compact
          error={restorePoints.error}
          onRetry={() => void restorePoints.refetch()}
        />
      ) : null}
      <Section title="Timeline">
        <RestorePointTimeline
          label={`Restore points of ${displayName}`}
          points={timelinePoints}
          from={from}
          to={now}
          now={now}
          objectiveHours={objective}
          gaps={gaps}
          gapTolerance={DEFAULT_GAP_TOLERANCE}
          onPointClick={(point) => {
            void navigate(paths.vmRestorePoint(point.id));
          }}
        />
      </Section>
      <Section title={`All restore points (${String(rows.length)})`}>
        <DataTable
          label={`Restore points of VM ${displayName}`}
          urlPrefix="rp-"
          rows={rows}
          columns={columns((row) => void copy(row))}
          rowKey={(row) => row.point.id}
          defaultSort={{ key: 'created', direction: 'desc' }}
          emptyTitle="No restore points"
        />
      </Section>
      <Modal
        opened={ticketOpened}
        onClose={ticketDialog.close}
        title="Copy this into the ticket"
        size="lg"
      >
        <Stack gap="xs">
          <Text size="sm">
            The browser did not allow writing to the clipboard. Select the text and copy it.
          </Text>
          <Textarea
            readOnly
            autosize
            minRows={8}
            value={ticket ?? ''}
            aria-label="Ticket text"
            data-autofocus
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
        </Stack>
      </Modal>
    </>
  );
}

/** The objective in hours; the URL changes as soon as the value is a valid number. */
function ObjectiveInput({ value, onChange }: { value: number; onChange: (hours: number) => void }) {
  const [draft, setDraft] = useState<string | number>(value);
  useEffect(() => {
    setDraft((current) => (Number(current) === value ? current : value));
  }, [value]);
  return (
    <NumberInput
      label="Recovery point objective (hours)"
      description="Older than this is a warning"
      value={draft}
      min={1}
      max={8760}
      step={1}
      allowNegative={false}
      w={240}
      onChange={(next) => {
        setDraft(next);
        const hours = typeof next === 'number' ? next : Number(next);
        if (next !== '' && Number.isFinite(hours) && hours > 0 && hours <= 8760) onChange(hours);
      }}
    />
  );
}

/** For an unknown name: VM names from the index that contain it. */
function Suggestions({ vmName }: { vmName: string }) {
  const index = useVmIndex();
  const matches = useMemo(
    () => createSearcher(index.entries, (entry) => entry.name)(vmName, 8),
    [index.entries, vmName],
  );
  if (!matches.length) return null;
  return (
    <Stack gap={4} align="center">
      <Text size="sm">VMs whose name contains “{vmName}”:</Text>
      <Group gap="xs" justify="center">
        {matches.map((match) => (
          <Anchor component={Link} to={paths.vm(match.name)} key={match.item.key} size="sm">
            {match.name}
          </Anchor>
        ))}
      </Group>
    </Stack>
  );
}

export const ErrorBoundary = RouteError;
