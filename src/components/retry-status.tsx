import { Loader, Paper, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { describeError } from '@/api/describe-error';

/** Retries a query gets (src/app/query-client.ts): the third attempt is the last. */
const ATTEMPTS = 3;

/**
 * While a request is being sent again after a failure, say so: during an
 * incident the operator sees the server struggle and the app try again,
 * instead of a silent wait. Nothing shows when every request is fine. It goes
 * inside the app's "Retries" live region (src/app/providers.tsx), which exists
 * from the first render so that what appears in it is announced.
 */
export function RetryNotice() {
  const cache = useQueryClient().getQueryCache();
  const text = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => {
      const retrying = cache
        .findAll({ fetchStatus: 'fetching' })
        .find((query) => query.state.fetchFailureCount > 0);
      if (!retrying) return null;
      const { title } = describeError(retrying.state.fetchFailureReason);
      const attempt = Math.min(ATTEMPTS, retrying.state.fetchFailureCount + 1);
      return `${title}. Trying again (attempt ${String(attempt)} of ${String(ATTEMPTS)})…`;
    },
  );
  return text ? (
    <Paper
      withBorder
      shadow="md"
      p="xs"
      pos="fixed"
      bottom={16}
      left="50%"
      maw="calc(100vw - 32px)"
      style={{ transform: 'translateX(-50%)', zIndex: 300 }}
    >
      <Group gap="xs" wrap="nowrap">
        <Loader size={14} aria-hidden />
        <Text size="sm">{text}</Text>
      </Group>
    </Paper>
  ) : null;
}
