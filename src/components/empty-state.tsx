import { Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack align="center" gap={4} py="xl" role="status">
      <ThemeIcon variant="light" size="lg" radius="xl" aria-hidden>
        ∅
      </ThemeIcon>
      <Text fw={600}>{title}</Text>
      {children ? (
        <Text c="dimmed" size="sm" ta="center" maw={480}>
          {children}
        </Text>
      ) : null}
    </Stack>
  );
}
