import { Table, Text } from '@mantine/core';
import type { Link as ApiLinkData } from '@/api/em/schema';
import { toApiPath } from '@/api/href';
import { ApiLink } from './api-link';

/** The resource's Links (Rel, Type, Name, target), each opening the app page where there is one. */
export function LinksTable({ links }: { links: ApiLinkData[] }) {
  if (!links.length)
    return (
      <Text c="dimmed" size="sm">
        The server sent no links.
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4} aria-label="Links">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Relation</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Target</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {links.map((link, index) => (
            <Table.Tr key={`${link.rel}-${link.href}-${String(index)}`}>
              <Table.Td>{link.rel}</Table.Td>
              <Table.Td>{link.type ?? '—'}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>
                <ApiLink href={link.href}>{link.name ?? toApiPath(link.href) ?? link.href}</ApiLink>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
