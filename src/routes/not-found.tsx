import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { homePath } from './guards';

export function Component() {
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={1} size="h2">
        Page not found
      </Title>
      <Text>There is no page at this address. The link may be mistyped or out of date.</Text>
      <Button component={Link} to={homePath()} variant="default">
        Go to the start page
      </Button>
    </Stack>
  );
}
