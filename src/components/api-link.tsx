import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { appPathForHref } from '@/api/href';

/** An API Href shown as a link to the app's own page for it, or as text when there is none. */
export function ApiLink({
  href,
  children,
}: {
  href: string | null | undefined;
  children: ReactNode;
}) {
  const to = href ? appPathForHref(href) : null;
  if (!to) return <Text span>{children}</Text>;
  return (
    <Anchor component={Link} to={to}>
      {children}
    </Anchor>
  );
}
