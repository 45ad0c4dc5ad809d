import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled block of a page (h2), so every page has a heading outline. */
export function Section({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" mb="md" component="section" aria-label={title}>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          gap: 8,
          marginBottom: 12,
          flexWrap: 'wrap',
        }}
      >
        <Title order={2} size="h4">
          {title}
        </Title>
        {actions}
      </div>
      {children}
    </Paper>
  );
}
