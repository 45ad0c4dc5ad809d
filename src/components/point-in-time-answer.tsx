/**
 * The answer to "can we restore to this time?": the newest restore point at or
 * before it and the first one after it, with their distance from the time and
 * where they are. When nothing is before the time, it says so first.
 */
import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { describeNearest, formatDistance } from '@/lib/point-in-time';
import { DateTime } from './date-time';

export interface AnswerPoint {
  time: Date;
  /** Where it is, e.g. the backup (a link), or a skeleton while its name loads. */
  source: ReactNode;
  /** A link to the point, "Copy for ticket"… */
  actions?: ReactNode;
}

interface PointInTimeAnswerProps {
  at: Date;
  before: AnswerPoint | null;
  after: AnswerPoint | null;
  /** What `source` is, e.g. "Backup" or "Repository". */
  sourceLabel: string;
  /** What the points are of, e.g. "sql01" or "Fabrikam (Teams)". */
  subject: string;
}

export function PointInTimeAnswer(props: PointInTimeAnswerProps) {
  const { at, before, after, sourceLabel } = props;
  const answer = describeNearest(at, before?.time ?? null, after?.time ?? null);
  return (
    <Stack gap="sm" mt="md">
      <div role="status" aria-live="polite">
        {before ? (
          <Text fw={600}>{answer.summary}</Text>
        ) : (
          <Alert
            color="orange"
            variant="light"
            role="none"
            title="No restore point at or before that time"
          >
            The oldest restore point of {props.subject} is newer than that
            {answer.afterMs !== null ? ` (${formatDistance(answer.afterMs)} later)` : ''}: nothing
            older can be restored.
          </Alert>
        )}
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Side
          title="Newest restore point at or before it"
          point={before}
          distance={
            answer.beforeMs === null
              ? null
              : answer.exact
                ? 'Exactly at that time'
                : `${formatDistance(answer.beforeMs)} earlier`
          }
          sourceLabel={sourceLabel}
          empty="None: the oldest restore point is newer than that."
        />
        <Side
          title={before ? 'First restore point after it' : 'Oldest restore point (after it)'}
          point={after}
          distance={answer.afterMs === null ? null : `${formatDistance(answer.afterMs)} later`}
          sourceLabel={sourceLabel}
          empty="None yet: the point at or before it is the newest."
        />
      </SimpleGrid>
    </Stack>
  );
}

function Side(props: {
  title: string;
  point: AnswerPoint | null;
  distance: string | null;
  sourceLabel: string;
  empty: string;
}) {
  const { point } = props;
  return (
    <Paper withBorder radius="md" p="sm" miw={0} component="section" aria-label={props.title}>
      <Title order={3} size="h5" mb={6}>
        {props.title}
      </Title>
      {point ? (
        <Stack gap={4}>
          <Group gap="xs" wrap="wrap">
            <DateTime value={point.time} fw={600} />
            <Text size="sm" c="dimmed">
              {props.distance}
            </Text>
          </Group>
          <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
            {props.sourceLabel}: {point.source}
          </Text>
          {point.actions ? (
            <Group gap="xs" mt={4}>
              {point.actions}
            </Group>
          ) : null}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {props.empty}
        </Text>
      )}
    </Paper>
  );
}
