import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { Link, isRouteErrorResponse, useLocation } from 'react-router';
import { describeError } from '@/api/describe-error';
import { SessionExpiredError } from '@/api/errors';
import { paths } from '@/config/paths';

/** Each failure its own key: a new error replaces the panel, so it is announced (and seen) anew. */
const errorKeys = new WeakMap<object, string>();
let errorCount = 0;
function errorKey(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  let key = errorKeys.get(error);
  if (!key) {
    errorCount += 1;
    key = String(errorCount);
    errorKeys.set(error, key);
  }
  return key;
}

interface QueryErrorProps {
  error: unknown;
  /** Shown as "Try again". */
  onRetry?: () => void;
  /** Where "go back" leads; defaults to the backups list. */
  backTo?: { label: string; to: string };
  compact?: boolean;
}

/** What went wrong and what to do, with a retry. Never renders nothing. */
export function QueryError({ error, onRetry, backTo, compact }: QueryErrorProps) {
  const location = useLocation();
  // The session-end redirect (src/app/session-redirect.ts) takes the user to sign in; until
  // it does, or when nothing was signed in, say so with a way there.
  const signIn =
    error instanceof SessionExpiredError
      ? paths.login({ from: location.pathname + location.search, kind: error.source })
      : null;
  const description = isRouteErrorResponse(error)
    ? {
        title: error.status === 404 ? 'Page not found' : `Error ${String(error.status)}`,
        message:
          'There is no page at this address. Check the link, or start from the list of backups.',
        status: error.status,
        details: null,
      }
    : describeError(error);
  return (
    <Alert
      key={errorKey(error)}
      color="red"
      variant="light"
      title={description.title}
      role="alert"
      data-testid="query-error"
      my={compact ? 'xs' : 'md'}
    >
      <Stack gap="xs">
        <Text size="sm">{description.message}</Text>
        {description.details ? (
          <details>
            <summary>
              <Text span size="xs">
                Details{description.status ? ` (HTTP ${String(description.status)})` : ''}
              </Text>
            </summary>
            <Code block mt={4}>
              {description.details}
            </Code>
          </details>
        ) : null}
        <Group gap="xs">
          {signIn ? (
            <Button size="xs" variant="filled" component={Link} to={signIn}>
              Sign in
            </Button>
          ) : null}
          {onRetry && !signIn ? (
            <Button size="xs" variant="filled" color="red" onClick={onRetry}>
              Try again
            </Button>
          ) : null}
          {!compact ? (
            <Button size="xs" variant="default" component={Link} to={backTo?.to ?? paths.backups()}>
              {backTo?.label ?? 'Go to backups'}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Alert>
  );
}
