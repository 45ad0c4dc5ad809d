import { List, Text } from '@mantine/core';
import type { Reference } from '@/api/em/schema';
import { ApiLink } from '@/components/api-link';

/** A short list of references as links (for lists that are a handful of items). */
export function ReferenceList({ refs, empty }: { refs: Reference[]; empty: string }) {
  if (!refs.length)
    return (
      <Text c="dimmed" size="sm">
        {empty}
      </Text>
    );
  return (
    <List spacing={4} size="sm">
      {refs.map((ref) => (
        <List.Item key={ref.id}>
          <ApiLink href={ref.href}>{ref.name}</ApiLink>
        </List.Item>
      ))}
    </List>
  );
}
