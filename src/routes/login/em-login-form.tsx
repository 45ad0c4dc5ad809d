import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { CredentialsForm } from './credentials-form';

/** Sign-in code with the API client and its schemas: loaded when the form is used, not with the page. */
const loadAuth = () => import('@/api/em/auth');

/** Enterprise Manager: HTTP Basic once, then the session header. */
export function EmLoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  return (
    <CredentialsForm
      label="Sign in to Enterprise Manager"
      source="em"
      usernameHint="DOMAIN\user or user@domain"
      usernamePlaceholder="CORP\backup.operator"
      demoAccount={DEMO_CREDENTIALS.em}
      prepare={loadAuth}
      signIn={async (username, password) => (await loadAuth()).signInEm(username, password)}
      onSignedIn={onSignedIn}
      footer="Needs an Enterprise Manager account with the Portal Administrator, Portal User or Restore Operator role. This app only reads; it never changes anything on the server."
    />
  );
}
