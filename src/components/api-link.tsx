import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LinkTarget } from '@/api/em/schema';
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

/** A parent named by an `Up` link, as a link to its page (its name, else its id); null when unlinked. */
export function targetLink(target: LinkTarget | null | undefined, children?: ReactNode) {
  if (!target) return null;
  return <ApiLink href={target.href}>{children ?? target.name ?? target.id}</ApiLink>;
}
