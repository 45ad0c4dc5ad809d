import { Alert, Center, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { QueryClientContext } from '@tanstack/react-query';
import { use } from 'react';
import { useNavigate } from 'react-router';
import { sourceKey, type SessionKind } from '@/api/session';
import { paths } from '@/config/paths';
import { homePath } from './guards';
import { EmLoginForm } from './login/em-login-form';
import { M365LoginForm } from './login/m365-login-form';
import { useSessions } from './sessions';
import { useUrlState } from '@/components/use-url-state';
import { returnPath } from './login/return-path';

export function Component() {
  const [params, setParams] = useUrlState();
  const navigate = useNavigate();
  // No client before the first data page (app/lazy-query-client.ts): then nothing is cached.
  const queryClient = use(QueryClientContext);
  const sessions = useSessions();
  const kind: SessionKind = params.get('kind') === 'm365' ? 'm365' : 'em';
  const from = returnPath(params.get('from'));
  const reason = params.get('reason');

  const onSignedIn = () => {
    queryClient?.removeQueries({ queryKey: sourceKey(kind) });
    void navigate(from ?? (kind === 'm365' ? paths.m365RestorePoints() : homePath()), {
      replace: true,
    });
  };

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={440} component="main">
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              Restore Point Explorer
            </Title>
            <Text c="dimmed" size="sm">
              Sign in to see backups and restore points.
            </Text>
          </div>
          {reason === 'expired' ? (
            <Alert color="yellow" title="Your session has ended" role="status">
              Sign in again to go back to the page you were on.
            </Alert>
          ) : reason === 'signed-out' ? (
            <Alert color="yellow" title="You signed out in another tab" role="status">
              Signing out ends the session in every tab of this browser. Sign in again to go back to
              the page you were on.
            </Alert>
          ) : null}
          <SegmentedControl
            fullWidth
            aria-label="Server kind"
            value={kind}
            onChange={(value) => {
              setParams({ kind: value });
            }}
            data={[
              { value: 'em', label: 'Enterprise Manager' },
              { value: 'm365', label: 'Microsoft 365' },
            ]}
          />
          {kind === 'em' && sessions.em ? (
            <Text size="sm">
              Signed in to Enterprise Manager as <bdi>{sessions.em.userName}</bdi>. Signing in again
              replaces that session.
            </Text>
          ) : null}
          {kind === 'em' ? (
            <EmLoginForm key="em" onSignedIn={onSignedIn} />
          ) : (
            <M365LoginForm key="m365" onSignedIn={onSignedIn} />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
