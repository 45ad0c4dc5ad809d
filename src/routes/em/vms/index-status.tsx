import { Button, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import type { MouseEvent, ReactNode } from 'react';
import { describeError } from '@/api/describe-error';
import { useTimeZoneMode } from '@/components/time-zone';
import '@/lib/dates'; // dayjs with its UTC plugin
import type { useVmIndex } from './vm-index-store';

type VmIndexView = ReturnType<typeof useVmIndex>;

/** Buttons inside the search dropdown must not take focus away from the input. */
const keepFocus = (event: MouseEvent) => {
  event.preventDefault();
};

/**
 * Where the VM-name index stands: progress with "Cancel" while it is built,
 * "Names as of 14:05" with "Refresh" when it is done, the error with "Try again".
 */
export function IndexStatus({ index }: { index: VmIndexView }) {
  const { status, progress, builtAt, complete, entries } = index;
  const names = `${String(entries.length)} ${entries.length === 1 ? 'VM' : 'VMs'}`;
  const [zone] = useTimeZoneMode();
  const asOf = builtAt
    ? `Names as of ${zone === 'utc' ? `${dayjs(builtAt).utc().format('HH:mm')} UTC` : dayjs(builtAt).format('HH:mm')}`
    : null;
  return (
    <Stack gap={4} aria-live="polite" data-testid="vm-index-status">
      {status === 'building' && progress ? (
        <>
          <StatusRow
            text={
              <Group gap={6} wrap="nowrap">
                <Loader size={12} aria-hidden />
                <Text size="xs">
                  {complete && asOf ? `${asOf}; refreshing… ` : 'Indexing VM names… '}
                  {progress.pagesTotal
                    ? `${String(progress.pagesDone)} of ${String(progress.pagesTotal)} pages`
                    : 'first page'}
                </Text>
              </Group>
            }
            action="Cancel"
            onAction={index.cancel}
          />
          <Progress
            size="xs"
            value={progress.pagesTotal ? (100 * progress.pagesDone) / progress.pagesTotal : 5}
            aria-label="VM names indexed"
          />
        </>
      ) : null}
      {status !== 'building' && complete && asOf ? (
        <StatusRow
          text={
            <Text size="xs" c="dimmed">
              {asOf} ({names})
            </Text>
          }
          action="Refresh"
          actionLabel="Refresh VM names"
          onAction={index.refresh}
        />
      ) : null}
      {status === 'cancelled' && !complete ? (
        <StatusRow
          text={
            <Text size="xs" c="dimmed">
              Indexing cancelled; {names} found so far.
            </Text>
          }
          action="Resume"
          onAction={index.refresh}
        />
      ) : null}
      {status === 'error' ? (
        <StatusRow
          text={
            <Text size="xs" c="red">
              Could not load the VM names: {describeError(index.error).message}
            </Text>
          }
          action="Try again"
          onAction={index.refresh}
        />
      ) : null}
    </Stack>
  );
}

/** One line of the status: what stands, and the one thing to do about it. */
function StatusRow(props: {
  text: ReactNode;
  action: string;
  actionLabel?: string;
  onAction: () => void;
}) {
  return (
    <Group gap="xs" justify="space-between" wrap="nowrap">
      {props.text}
      <Button
        size="compact-xs"
        variant="subtle"
        onMouseDown={keepFocus}
        onClick={props.onAction}
        {...(props.actionLabel ? { 'aria-label': props.actionLabel } : {})}
      >
        {props.action}
      </Button>
    </Group>
  );
}
