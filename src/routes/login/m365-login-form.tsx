import { Alert, Button, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { signInM365, type VersionChoice } from '@/api/m365/auth';
import { config } from '@/app/config';
import { DEMO_CREDENTIALS } from '@/app/demo-credentials';
import { useSessions } from '../use-sessions';
import { DemoCredentials } from './demo-credentials';
import { signInErrorText } from './sign-in-error';

const versionOptions: { value: VersionChoice; label: string }[] = [
  { value: 'auto', label: 'Detect automatically' },
  { value: 'v8', label: 'v8 (Veeam Backup for Microsoft 365 8)' },
  { value: 'v7', label: 'v7 (Veeam Backup for Microsoft 365 7)' },
  { value: 'v6', label: 'v6 (Veeam Backup for Microsoft 365 6)' },
];

const isVersionChoice = (value: string | null): value is VersionChoice =>
  versionOptions.some((option) => option.value === value);

/** Microsoft 365: a password grant once, then bearer tokens that renew themselves. */
export function M365LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { m365 } = useSessions();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [version, setVersion] = useState<VersionChoice>('auto');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ title: string; message: string } | null>(null);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await signInM365(username.trim(), password, version);
      setPassword('');
      onSignedIn();
    } catch (caught) {
      setError(signInErrorText(caught, 'm365'));
      setPending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Sign in to Microsoft 365" noValidate>
      <Stack gap="sm">
        {m365 ? (
          <Text size="sm">
            Signed in to Microsoft 365 as {m365.userName} (API {m365.version}). Signing in again
            replaces that session.
          </Text>
        ) : null}
        {error ? (
          <Alert color="red" title={error.title} role="alert">
            {error.message}
          </Alert>
        ) : null}
        <TextInput
          label="User name"
          description="user@domain"
          placeholder="admin@contoso.onmicrosoft.com"
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
        <Select
          label="API version"
          description="Detection tries v8, then v7, then v6."
          data={versionOptions}
          value={version}
          allowDeselect={false}
          onChange={(value) => {
            if (isVersionChoice(value)) setVersion(value);
          }}
        />
        <Button type="submit" loading={pending} disabled={!username.trim() || !password}>
          Sign in
        </Button>
        <Text size="xs" c="dimmed">
          Signs in to the Veeam Backup for Microsoft 365 REST API (port 4443). This app only reads;
          it never changes anything on the server.
        </Text>
        {config.demo ? (
          <DemoCredentials
            {...DEMO_CREDENTIALS.m365}
            onUse={() => {
              setUsername(DEMO_CREDENTIALS.m365.username);
              setPassword(DEMO_CREDENTIALS.m365.password);
            }}
          />
        ) : null}
      </Stack>
    </form>
  );
}
