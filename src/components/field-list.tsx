import { Code, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Field {
  label: string;
  value: ReactNode;
}

/** A yes/no field; null stays empty. */
export const yesNo = (value: boolean | null) => (value === null ? null : value ? 'Yes' : 'No');

/**
 * Label/value pairs of a resource, two columns on wide screens. A long value (a name
 * without spaces) wraps anywhere rather than widening its column past the page.
 */
export function FieldList({ fields }: { fields: Field[] }) {
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2, lg: 3 }}
      spacing="md"
      verticalSpacing="sm"
      component="dl"
      m={0}
    >
      {fields.map((field) => (
        <Stack gap={0} miw={0} key={field.label}>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {field.label}
          </Text>
          <Text
            component="dd"
            m={0}
            size="sm"
            style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
          >
            {field.value === null || field.value === undefined || field.value === ''
              ? '—'
              : field.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

/** Every field exactly as the server sent it, for operators who need the raw values. */
export function RawFields({ raw }: { raw: Record<string, unknown> }) {
  const entries = Object.entries(raw).filter(([key]) => key !== 'Links');
  return (
    <FieldList
      fields={entries.map(([key, value]) => ({
        label: key,
        value:
          value === null || value === undefined ? (
            <Text span c="dimmed" size="sm">
              null
            </Text>
          ) : typeof value === 'object' ? (
            <Code block>{JSON.stringify(value, null, 2)}</Code>
          ) : (
            <Code>{typeof value === 'string' ? value : JSON.stringify(value)}</Code>
          ),
      }))}
    />
  );
}
