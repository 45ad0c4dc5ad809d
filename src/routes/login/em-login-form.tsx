import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { signInEm } from '@/api/em/auth';
import { config } from '@/app/config';
import { DEMO_CREDENTIALS } from '@/app/demo-credentials';
import { DemoCredentials } from './demo-credentials';
import { signInErrorText } from './sign-in-error';

/** Enterprise Manager: HTTP Basic once, then the session header. */
export function EmLoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ title: string; message: string } | null>(null);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await signInEm(username.trim(), password);
      setPassword('');
      onSignedIn();
    } catch (caught) {
      setError(signInErrorText(caught, 'em'));
      setPending(false);
    }
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      aria-label="Sign in to Enterprise Manager"
      noValidate
    >
      <Stack gap="sm">
        {error ? (
          <Alert color="red" title={error.title} role="alert">
            {error.message}
          </Alert>
        ) : null}
        <TextInput
          label="User name"
          description="DOMAIN\user or user@domain"
          placeholder="CORP\backup.operator"
          autoComplete="username"
          required
          value={username}
          onChange={(event) => {
            setUsername(event.currentTarget.value);
          }}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
          }}
        />
        <Button type="submit" loading={pending} disabled={!username.trim() || !password}>
          Sign in
        </Button>
        <Text size="xs" c="dimmed">
          Needs an Enterprise Manager account with the Portal Administrator, Portal User or Restore
          Operator role. This app only reads; it never changes anything on the server.
        </Text>
        {config.demo ? (
          <DemoCredentials
            {...DEMO_CREDENTIALS.em}
            onUse={() => {
              setUsername(DEMO_CREDENTIALS.em.username);
              setPassword(DEMO_CREDENTIALS.em.password);
            }}
          />
        ) : null}
      </Stack>
    </form>
  );
}
