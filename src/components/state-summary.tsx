/**
 * How an estate stands against the objective, at a glance: the counts as
 * buttons that filter a list, a badge per row, and a stacked bar per group.
 * Every colour comes with words or numbers, and the outside part of a bar is
 * striped, so nothing depends on telling colours apart.
 */
import {
  Badge,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import type { ReactNode } from 'react';
import type { GroupCounts, ProtectionState, StateCounts } from '@/lib/protection-state';

export const STATE_LABELS: Record<ProtectionState, string> = {
  within: 'Within objective',
  outside: 'Outside objective',
  retired: 'Likely retired',
};

const STATE_COLORS: Record<ProtectionState, string> = {
  within: 'teal',
  outside: 'orange',
  retired: 'gray',
};
/** Bars carry white counts: the darkest shades keep them at 4.5:1 or more (axe). */
const BAR_COLORS: Record<ProtectionState, string> = {
  within: 'teal.9',
  outside: 'orange.9',
  retired: 'gray.7',
};

export function ProtectionBadge({ state }: { state: ProtectionState }) {
  return (
    // The wrapper keeps a table cell from squeezing the label into an ellipsis.
    <div style={{ minWidth: 'max-content' }}>
      <Badge color={STATE_COLORS[state]} variant="light" radius="sm">
        {STATE_LABELS[state]}
      </Badge>
    </div>
  );
}

interface StateButtonsProps {
  counts: Partial<StateCounts>;
  /** What each count means here, e.g. "newest restore point older than 24 h". */
  descriptions: Partial<Record<ProtectionState, ReactNode>>;
  /** Overrides the state's name, e.g. "Organizations within objective". */
  labels?: Partial<Record<ProtectionState, string>>;
  active: ProtectionState | null;
  /** The active state again clears the filter (null). */
  onSelect: (state: ProtectionState | null) => void;
}

/** One button per state: its count and meaning; pressed while it filters the list. */
export function StateButtons({
  counts,
  descriptions,
  labels,
  active,
  onSelect,
}: StateButtonsProps) {
  const states = (Object.keys(STATE_LABELS) as ProtectionState[]).filter(
    (state) => counts[state] !== undefined,
  );
  return (
    <SimpleGrid cols={{ base: 1, xs: states.length }} spacing="sm" mb="md">
      {states.map((state) => {
        const pressed = active === state;
        const color = `var(--mantine-color-${STATE_COLORS[state]}-6)`;
        return (
          <UnstyledButton
            key={state}
            aria-pressed={pressed}
            onClick={() => {
              onSelect(pressed ? null : state);
            }}
          >
            <Paper
              withBorder
              p="sm"
              radius="md"
              h="100%"
              style={{
                borderLeft: `4px solid ${color}`,
                outline: pressed ? `2px solid ${color}` : undefined,
              }}
            >
              <Text fz={28} fw={700} lh={1.1}>
                {String(counts[state] ?? 0)}
              </Text>
              <Text fw={600} size="sm">
                {labels?.[state] ?? STATE_LABELS[state]}
              </Text>
              <Text size="xs" c="dimmed">
                {descriptions[state]}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {pressed ? 'Showing only these — click again for all' : 'Click to list them'}
              </Text>
            </Paper>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}

/** A stacked bar of one group's counts; decorative: its numbers are in the row beside it. */
export function StateBar({ counts, total }: { counts: Partial<StateCounts>; total: number }) {
  return (
    <Progress.Root size={18} aria-hidden miw={120}>
      {(Object.keys(STATE_LABELS) as ProtectionState[]).map((state) => {
        const count = counts[state] ?? 0;
        if (!count || !total) return null;
        return (
          <Progress.Section
            key={state}
            value={(100 * count) / total}
            color={BAR_COLORS[state]}
            striped={state === 'outside'}
          >
            <Progress.Label>{String(count)}</Progress.Label>
          </Progress.Section>
        );
      })}
    </Progress.Root>
  );
}

/** The bar's key, for people who look before they read. */
function StateLegend({ states }: { states: readonly ProtectionState[] }) {
  return (
    <Group gap="md" aria-hidden>
      {states.map((state) => (
        <Group key={state} gap={6} wrap="nowrap">
          <Progress.Root size={10} w={24}>
            <Progress.Section value={100} color={BAR_COLORS[state]} striped={state === 'outside'} />
          </Progress.Root>
          <Text size="xs">{STATE_LABELS[state]}</Text>
        </Group>
      ))}
    </Group>
  );
}

interface StateTableProps {
  /** Names the table, e.g. "VMs per backup server". */
  label: string;
  /** The first column's heading, e.g. "Backup server". */
  groupHeader: string;
  /** The last count's heading, e.g. "VMs". */
  totalHeader: string;
  groups: GroupCounts[];
  states: readonly ProtectionState[];
  /** A group's name as people read it (defaults to the group). */
  groupLabel?: (group: string) => string;
  /** With it, a group's name is a button that filters to it (pressed while it does). */
  active?: string | null;
  onSelect?: (group: string | null) => void;
}

/** The counts per group in numbers, with a stacked bar per row to take them in at a glance. */
export function StateTable(props: StateTableProps) {
  const { groups, states, active, onSelect } = props;
  const name = (group: string) => props.groupLabel?.(group) ?? group;
  return (
    <>
      <StateLegend states={states} />
      <Table.ScrollContainer minWidth={520} mt="xs">
        <Table verticalSpacing={6} aria-label={props.label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{props.groupHeader}</Table.Th>
              {states.map((state) => (
                <Table.Th key={state} ta="right">
                  {SHORT_LABELS[state]}
                </Table.Th>
              ))}
              <Table.Th ta="right">{props.totalHeader}</Table.Th>
              <Table.Th w="40%">Share</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => {
              const pressed = active === group.group;
              return (
                <Table.Tr key={group.group}>
                  <Table.Td>
                    {onSelect ? (
                      <UnstyledButton
                        aria-pressed={pressed}
                        fw={pressed ? 700 : 500}
                        td="underline"
                        fz="sm"
                        title={pressed ? 'Show all again' : 'Show only these'}
                        onClick={() => {
                          onSelect(pressed ? null : group.group);
                        }}
                      >
                        {name(group.group)}
                      </UnstyledButton>
                    ) : (
                      name(group.group)
                    )}
                  </Table.Td>
                  {states.map((state) => (
                    <Table.Td key={state} ta="right">
                      {group[state]}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{group.total}</Table.Td>
                  <Table.Td>
                    <StateBar counts={group} total={group.total} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

const SHORT_LABELS: Record<ProtectionState, string> = {
  within: 'Within',
  outside: 'Outside',
  retired: 'Retired',
};
