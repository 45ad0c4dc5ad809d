import { Alert, Button, Code, Group, Text } from '@mantine/core';

/** Demo mode only: the sample account, with a button that fills the form. */
export function DemoCredentials({
  username,
  password,
  onUse,
}: {
  username: string;
  password: string;
  onUse: () => void;
}) {
  return (
    <Alert color="orange" variant="light" title="Demo mode: sample data, no Veeam server">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">
          User name <Code>{username}</Code> password <Code>{password}</Code>
        </Text>
        <Button size="xs" variant="default" onClick={onUse}>
          Use demo account
        </Button>
      </Group>
    </Alert>
  );
}
