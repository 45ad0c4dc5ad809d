import { Text } from '@mantine/core';

/** Placeholder until the Microsoft 365 sign-in lands. */
export function M365LoginForm(_props: { onSignedIn: () => void }) {
  return <Text size="sm">Microsoft 365 sign-in is not available yet.</Text>;
}
