import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { formatAge } from '@/lib/dates';
import { formatDuration, formatObjective } from '@/lib/duration';
import { ageHours } from '@/lib/gaps';
import { PointTypeBadge } from './badges';
import { DateTime } from './date-time';

export interface FreshnessLatest {
  time: Date;
  /** What the point is, e.g. a link to it. */
  label?: ReactNode;
  /** Point type (Full / Increment / ReverseIncrement or any other word); shown as a badge. */
  type?: string | null;
  /** Where it is, e.g. the backup or repository name. */
  source?: ReactNode;
}

export interface FreshnessCardProps {
  /** Heading (h2), e.g. "Latest restore point". */
  title: ReactNode;
  /** The newest point, or null when there is none. */
  latest: FreshnessLatest | null;
  /** The recovery point objective in hours: older than this is a warning. */
  objectiveHours: number;
  /** The clock; defaults to the current time, updated every minute. */
  now?: Date;
  /** Label of the `source` field, e.g. "Backup" or "Repository". */
  sourceLabel?: string;
  /** What "no restore points" means here. */
  emptyText?: ReactNode;
  /** Buttons in the card's header, e.g. "Copy for ticket". */
  actions?: ReactNode;
}

/** The current time, re-read every `intervalMs`, unless a fixed time is given. */
function useNow(fixed: Date | undefined, intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (fixed) return undefined;
    const timer = setInterval(() => {
      setNow(new Date());
    }, intervalMs);
    return () => {
      clearInterval(timer);
    };
  }, [fixed, intervalMs]);
  return fixed ?? now;
}

/**
 * When the newest restore point was taken, how long ago, its type and where it
 * is, measured against a recovery point objective. Within the objective it is
 * green; older, it turns into a warning that says so in words.
 */
export function FreshnessCard({
  title,
  latest,
  objectiveHours,
  now: fixedNow,
  sourceLabel = 'Source',
  emptyText,
  actions,
}: FreshnessCardProps) {
  const now = useNow(fixedNow);
  const headingId = useId();
  const age = latest ? ageHours(latest.time, now) : null;
  const objective = formatObjective(objectiveHours);
  const state = age === null ? 'none' : age > objectiveHours ? 'stale' : 'fresh';
  const color = state === 'fresh' ? 'teal' : state === 'stale' ? 'orange' : 'gray';
  const badge =
    state === 'fresh'
      ? 'Within objective'
      : state === 'stale'
        ? 'Older than objective'
        : 'No restore points';

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      mb="md"
      component="section"
      aria-labelledby={headingId}
      data-freshness={state}
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}
    >
      <Group justify="space-between" align="flex-start" gap="xs" mb="sm" wrap="wrap">
        <Group gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          <Badge color={color} variant="light" radius="sm">
            {badge}
          </Badge>
        </Group>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
      {latest && age !== null ? (
        <Stack gap="sm">
          <SimpleGrid
            cols={{ base: 1, xs: 2, md: 4 }}
            spacing="md"
            verticalSpacing="xs"
            component="dl"
            m={0}
          >
            <Field label="When">
              <DateTime value={latest.time} fw={600} />
            </Field>
            <Field label="How long ago">
              {formatAge(latest.time, now)} ({formatDuration(age)})
            </Field>
            <Field label="Type">{latest.type ? <PointTypeBadge value={latest.type} /> : '—'}</Field>
            <Field label={sourceLabel}>{latest.source ?? '—'}</Field>
          </SimpleGrid>
          {latest.label ? <div>{latest.label}</div> : null}
          <div role="status" aria-live="polite">
            {state === 'stale' ? (
              <Alert
                color="orange"
                variant="light"
                title="Older than the recovery point objective"
                role="none"
              >
                The newest restore point is {formatDuration(age)} old; the objective is {objective}.
                Nothing newer can be restored. Check that the backup job still runs.
              </Alert>
            ) : (
              <Text size="sm" c="var(--mantine-color-teal-text)" fw={500}>
                ✓ Within the {objective} recovery point objective.
              </Text>
            )}
          </div>
        </Stack>
      ) : (
        <Alert color="gray" variant="light" title="No restore points" role="status">
          {emptyText ?? 'There is no restore point to measure against the objective.'}
        </Alert>
      )}
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A long value (a name without spaces) wraps rather than widening the card past the page.
    <Stack gap={0} miw={0}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}
