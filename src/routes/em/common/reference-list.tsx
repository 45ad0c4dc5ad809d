import { List, Text } from '@mantine/core';
import type { ReferenceList as References } from '@/api/em/schema';
import { ApiLink } from '@/components/api-link';
import { SkippedNote } from '@/components/skipped-note';

/** A short list of references as links (for lists that are a handful of items). */
export function ReferenceList({ refs, empty }: { refs: References; empty: string }) {
  return (
    <>
      <SkippedNote skipped={refs.skipped} what="item" />
      {refs.items.length ? (
        <List spacing={4} size="sm">
          {refs.items.map((ref) => (
            <List.Item key={ref.id}>
              <ApiLink href={ref.href}>{ref.name}</ApiLink>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      )}
    </>
  );
}
