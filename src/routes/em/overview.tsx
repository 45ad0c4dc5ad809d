import { Alert, Group, Paper, Select, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { DataTable } from '@/components/data-table';
import { DateTime } from '@/components/date-time';
import { ObjectiveControls, UrlNumberInput } from '@/components/objective-controls';
import { PageHeader } from '@/components/page-header';
import { Section } from '@/components/section';
import { StateButtons, StateTable } from '@/components/state-summary';
import { useUrlState } from '@/components/use-url-state';
import { formatObjective } from '@/lib/duration';
import { readObjective } from '@/lib/objective';
import {
  countByGroup,
  countStates,
  PROTECTION_STATES,
  readRetiredDays,
  type ProtectionState,
} from '@/lib/protection-state';
import { requireSession } from '../guards';
import { columns } from './overview/columns';
import { choices, inScope, readFilters, toRows } from './overview/rows';
import { IndexStatus } from './vms/index-status';
import { useVmIndex } from './vms/vm-index-store';

export function loader() {
  return ({ request }: LoaderFunctionArgs) => {
    requireSession('em', request);
    return null;
  };
}

const LIST_TITLES: Record<ProtectionState | 'all', string> = {
  all: 'All VMs',
  within: 'VMs within the objective',
  outside: 'VMs outside the objective',
  retired: 'VMs likely retired',
};

/**
 * Every VM the VM-name index knows, its newest restore point against the
 * objective: counts, a bar per backup server, and the list. Built from the
 * index alone, so it costs no request per VM and is as fresh as the index.
 */
export function Component() {
  const [params, setParams] = useUrlState();
  const objective = readObjective(params);
  const retiredDays = readRetiredDays(params);
  const filters = readFilters(params);
  const index = useVmIndex({ autoStart: true });
  const [now] = useState(() => new Date());

  const rows = useMemo(
    () => toRows(index.entries, objective, retiredDays, now),
    [index.entries, objective, retiredDays, now],
  );
  const { server, backup } = filters;
  const scoped = useMemo(() => inScope(rows, { server, backup }), [rows, server, backup]);
  const counts = countStates(scoped, (row) => row.state);
  const listed = filters.state ? scoped.filter((row) => row.state === filters.state) : scoped;
  const servers = countByGroup(
    rows,
    (row) => row.server,
    (row) => row.state,
  );
  const backups = choices(
    rows.filter((row) => !server || row.server === server).map((row) => row.backup),
  );
  // A filter change starts the list at its first page.
  const filter = (changes: Record<string, string | null>) => {
    setParams({ ...changes, page: null });
  };
  const title = [
    LIST_TITLES[filters.state ?? 'all'],
    filters.server ? ` on ${filters.server}` : '',
    filters.backup ? ` in ${filters.backup}` : '',
  ].join('');

  return (
    <>
      <PageHeader kicker="Enterprise Manager" title="Overview">
        <Group gap="md" align="flex-start" wrap="wrap">
          <Text size="sm" c="dimmed" maw={560}>
            Every VM with restore points, its newest one against the recovery point objective. Built
            from the VM-name index, so it is as fresh as the index
            {index.builtAt ? (
              <>
                {' '}
                (<DateTime value={index.builtAt} size="sm" />)
              </>
            ) : null}
            : refresh the names to see restore points created since.
          </Text>
          <Paper withBorder p={6} radius="sm" miw={260}>
            <IndexStatus index={index} />
          </Paper>
        </Group>
      </PageHeader>
      <ObjectiveControls
        objective={objective}
        onParamChange={(name, value) => {
          setParams({ [name]: value });
        }}
      >
        <UrlNumberInput
          label="Likely retired after (days)"
          description="No restore point for longer than this"
          value={retiredDays}
          max={3650}
          onChange={(days) => {
            setParams({ retired: String(days) });
          }}
        />
      </ObjectiveControls>
      {!index.complete && index.entries.length ? (
        <Alert color="yellow" variant="light" mb="sm" role="status" title="Partial counts">
          The VM names are still loading (or the last sweep did not finish): VMs may be missing.
        </Alert>
      ) : null}
      <StateButtons
        counts={counts}
        active={filters.state}
        onSelect={(state) => {
          filter({ state });
        }}
        descriptions={{
          within: `Newest restore point at most ${formatObjective(objective)} old`,
          outside: `Newest restore point older than ${formatObjective(objective)}`,
          retired: `No restore point for more than ${String(retiredDays)} days`,
        }}
      />
      <Section title="By backup server">
        <StateTable
          label="VMs per backup server"
          groupHeader="Backup server"
          totalHeader="VMs"
          groups={servers}
          states={PROTECTION_STATES}
          active={filters.server}
          onSelect={(group) => {
            filter({ server: group, backup: null });
          }}
        />
      </Section>
      <DataTable
        label={title}
        rows={listed}
        columns={columns(objective)}
        rowKey={(row) => row.entry.key}
        defaultSort={{ key: 'age', direction: 'desc' }}
        filterLabel="VM name"
        filterHint="Any part of the name"
        toolbar={
          <>
            <Select
              size="xs"
              label="Backup server"
              placeholder="All servers"
              clearable
              w={220}
              data={servers.map((server) => server.group)}
              value={filters.server}
              onChange={(server) => {
                filter({ server, backup: null });
              }}
            />
            <Select
              size="xs"
              label="Backup"
              placeholder="All backups"
              searchable
              clearable
              w={220}
              data={backups}
              value={filters.backup}
              nothingFoundMessage="No backup matches"
              onChange={(backup) => {
                filter({ backup });
              }}
            />
          </>
        }
        emptyTitle={index.entries.length ? 'No VMs here' : 'No VMs yet'}
        emptyText={
          index.entries.length
            ? 'No VM matches these filters. Clear one to see more.'
            : index.status === 'building'
              ? 'The VM names are being indexed; the overview fills in as they arrive.'
              : 'No VM restore points are known yet.'
        }
        caption="Oldest newest point first until you sort by a column. The export has the rows of the current filters, in this order, with ages in hours."
      />
    </>
  );
}
