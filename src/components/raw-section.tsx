import { Accordion } from '@mantine/core';
import type { Link } from '@/api/em/schema';
import { RawFields } from './field-list';
import { LinksTable } from './links-table';

/** Every field and link exactly as the server sent them, folded away by default. */
export function RawSection({ raw, links }: { raw: Record<string, unknown>; links: Link[] }) {
  return (
    <Accordion variant="contained" mb="md" multiple defaultValue={['links']}>
      <Accordion.Item value="links">
        <Accordion.Control>Links ({links.length})</Accordion.Control>
        <Accordion.Panel>
          <LinksTable links={links} />
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="raw">
        <Accordion.Control>All fields as sent by the server</Accordion.Control>
        <Accordion.Panel>
          <RawFields raw={raw} />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
