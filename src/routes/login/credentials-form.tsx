import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import type { ApiSource } from '@/api/errors';
import { config } from '@/config/env';
import { DemoCredentials } from './demo-credentials';
import { signInErrorText } from './sign-in-error';

interface CredentialsFormProps {
  /** Names the form, e.g. "Sign in to Enterprise Manager". */
  label: string;
  source: ApiSource;
  usernameHint: string;
  usernamePlaceholder: string;
  demoAccount: { username: string; password: string };
  /** Signs in; the password is used for this call only and then dropped. */
  signIn: (username: string, password: string) => Promise<unknown>;
  /**
   * Starts loading what signing in needs (the API client and its schemas are not part of
   * the first load): called when a field or button of the form gets focus, so that code is
   * usually there by the time the user submits. A failed load shows its error on submit.
   */
  prepare: () => Promise<unknown>;
  onSignedIn: () => void;
  /** Above the fields (e.g. who is signed in already). */
  notice?: ReactNode;
  /** Below the password (e.g. the API version). */
  extraFields?: ReactNode;
  /** Below the button: what the account needs, what the app does. */
  footer: ReactNode;
}

/** User name and password for either server, with its own error wording per failure. */
export function CredentialsForm(props: CredentialsFormProps) {
  const { source, signIn, onSignedIn, demoAccount, prepare } = props;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ title: string; message: string } | null>(null);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
      setPassword('');
      onSignedIn();
    } catch (caught) {
      setError(signInErrorText(caught, source));
      setPending(false);
    }
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      onFocus={() => {
        prepare().catch(() => undefined);
      }}
      aria-label={props.label}
      noValidate
    >
      <Stack gap="sm">
        {props.notice}
        {error ? (
          <Alert color="red" title={error.title} role="alert">
            {error.message}
          </Alert>
        ) : null}
        <TextInput
          label="User name"
          description={props.usernameHint}
          placeholder={props.usernamePlaceholder}
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
        {props.extraFields}
        <Button type="submit" loading={pending} disabled={!username.trim() || !password}>
          Sign in
        </Button>
        <Text size="xs" c="dimmed">
          {props.footer}
        </Text>
        {config.demo ? (
          <DemoCredentials
            {...demoAccount}
            onUse={() => {
              setUsername(demoAccount.username);
              setPassword(demoAccount.password);
            }}
          />
        ) : null}
      </Stack>
    </form>
  );
}
