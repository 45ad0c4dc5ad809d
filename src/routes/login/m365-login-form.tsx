import { NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import type { VersionChoice } from '@/api/m365/auth';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { useSessions } from '../sessions';
import { CredentialsForm } from './credentials-form';

/** Sign-in code with the API client and its schemas: loaded when the form is used, not with the page. */
const loadAuth = () => import('@/api/m365/auth');

const versionOptions: { value: VersionChoice; label: string }[] = [
  { value: 'auto', label: 'Detect automatically' },
  { value: 'v8', label: 'v8 (Veeam Backup for Microsoft 365 8)' },
  { value: 'v7', label: 'v7 (Veeam Backup for Microsoft 365 7)' },
  { value: 'v6', label: 'v6 (Veeam Backup for Microsoft 365 6)' },
];

const isVersionChoice = (value: string): value is VersionChoice =>
  versionOptions.some((option) => option.value === value);

/** Microsoft 365: a password grant once, then bearer tokens that renew themselves. */
export function M365LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { m365 } = useSessions();
  const [version, setVersion] = useState<VersionChoice>('auto');
  return (
    <CredentialsForm
      label="Sign in to Microsoft 365"
      source="m365"
      usernameHint="user@domain"
      usernamePlaceholder="admin@contoso.onmicrosoft.com"
      demoAccount={DEMO_CREDENTIALS.m365}
      prepare={loadAuth}
      signIn={async (username, password) =>
        (await loadAuth()).signInM365(username, password, version)
      }
      onSignedIn={onSignedIn}
      notice={
        m365 ? (
          <Text size="sm">
            Signed in to Microsoft 365 as <bdi>{m365.userName}</bdi> (API {m365.version}). Signing
            in again replaces that session.
          </Text>
        ) : null
      }
      extraFields={
        // The browser's own list: four fixed choices need no search, nor the popover code of a Select.
        <NativeSelect
          label="API version"
          description="Detection tries v8, then v7, then v6."
          data={versionOptions}
          value={version}
          onChange={(event) => {
            const { value } = event.currentTarget;
            if (isVersionChoice(value)) setVersion(value);
          }}
        />
      }
      footer="Signs in to the Veeam Backup for Microsoft 365 REST API (port 4443). This app only reads; it never changes anything on the server."
    />
  );
}
