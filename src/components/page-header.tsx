import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to?: string;
}

interface PageHeaderProps {
  title: ReactNode;
  /** A short word for what this page shows, e.g. "Restore point". */
  kicker?: string;
  crumbs?: Crumb[];
  actions?: ReactNode;
  children?: ReactNode;
}

/** A crumb names a server resource: one line, ellipsis, the whole name on hover. */
const crumbText = (label: string) => ({
  truncate: true,
  maw: '20rem',
  title: label,
  style: { unicodeBidi: 'isolate' as const },
});

/** Breadcrumbs, the page's one h1 and its actions. */
export function PageHeader({ title, kicker, crumbs, actions, children }: PageHeaderProps) {
  return (
    <Stack gap="xs" mb="md">
      {crumbs?.length ? (
        <nav aria-label="Breadcrumb">
          <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
            {crumbs.map((crumb, index) =>
              crumb.to ? (
                <Anchor
                  component={Link}
                  to={crumb.to}
                  key={`${crumb.label}-${String(index)}`}
                  size="sm"
                  {...crumbText(crumb.label)}
                >
                  {crumb.label}
                </Anchor>
              ) : (
                <Text
                  key={`${crumb.label}-${String(index)}`}
                  size="sm"
                  aria-current="page"
                  {...crumbText(crumb.label)}
                >
                  {crumb.label}
                </Text>
              ),
            )}
          </Breadcrumbs>
        </nav>
      ) : null}
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          {kicker ? (
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">
              {kicker}
            </Text>
          ) : null}
          {/* A name from the server: at most two lines, the rest on hover. */}
          <Title
            order={1}
            size="h2"
            lineClamp={2}
            style={{ wordBreak: 'break-word', whiteSpace: 'pre-wrap', unicodeBidi: 'isolate' }}
            {...(typeof title === 'string' ? { title } : {})}
          >
            {title}
          </Title>
        </div>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
      {children}
    </Stack>
  );
}
