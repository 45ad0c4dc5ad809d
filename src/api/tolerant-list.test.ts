import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BackupSchema } from './em/backups';
import { queryEntitiesSchema, queryReferencesSchema } from './em/query';
import { ReferenceListSchema } from './em/schema';
import { OrganizationSchema } from './m365/organizations';
import { pageSchema } from './m365/schema';
import { summarizeIssues } from './validation';

const backup = (id: string, overrides: Record<string, unknown> = {}) => ({
  UID: `urn:veeam:Backup:${id}`,
  Name: `Backup ${id}`,
  Href: `https://em:9398/api/backups/${id}`,
  Type: 'Backup',
  Links: [],
  ...overrides,
});
const backupPage = queryEntitiesSchema('Backups', BackupSchema);
const entities = (items: unknown[]) => ({ Entities: { Backups: { Backups: items } } });

describe('one bad item never takes down a list', () => {
  it('leaves out the items that cannot be read, and says which and why', () => {
    const page = backupPage.parse(
      entities([
        backup('b1'),
        backup('b2', { Name: 42 }),
        backup('b3'),
        // No UID and an Href that leads off the origin: no id to link to.
        backup('b4', { UID: null, Href: 'https://em:9398//evil.example/api/backups/b4' }),
        // A malformed escape where the id should be: once an uncaught URIError.
        backup('b5', { UID: null, Href: 'https://em:9398/api/backups/%E0%A4%A' }),
      ]),
    );
    expect(page.items.map((item) => item.id)).toEqual(['b1', 'b3']);
    expect(page.skipped?.count).toBe(3);
    expect(page.skipped?.details).toContain('[1].Name');
    expect(page.skipped?.details).toContain('[3].UID: no usable id');
  });

  it('fails the answer, naming the field, only when no item can be read', () => {
    const result = backupPage.safeParse(entities([backup('b1', { Name: null }), { nope: 1 }]));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(summarizeIssues(result.error)).toContain('Entities.Backups.Backups[0].Name');
    }
  });

  it('reports nothing skipped for a clean list, and an empty list is fine', () => {
    expect(backupPage.parse(entities([backup('b1')])).skipped).toBeNull();
    expect(backupPage.parse(entities([]))).toMatchObject({ items: [], skipped: null });
  });

  it('applies to reference lists and the query service references too', () => {
    const refs = ReferenceListSchema.parse({ Refs: [backup('b1'), { Name: 'no href' }] });
    expect(refs.items).toHaveLength(1);
    expect(refs.skipped?.count).toBe(1);
    const query = queryReferencesSchema.parse({ Refs: { Refs: [backup('b1'), 7] } });
    expect(query.items).toHaveLength(1);
    expect(query.skipped?.count).toBe(1);
  });

  it('applies to Microsoft 365 arrays and pages', () => {
    const organizations = pageSchema(OrganizationSchema);
    const bare = organizations.parse([{ id: 'o1', name: 'Contoso' }, { name: 'no id' }]);
    expect(bare.items.map((item) => item.id)).toEqual(['o1']);
    expect(bare.skipped?.details).toContain('[1].id');
    const paged = organizations.parse({
      offset: 0,
      limit: 2,
      results: [{ id: 'o1' }, { id: 5 }],
    });
    expect(paged.items).toHaveLength(1);
    expect(paged.skipped?.count).toBe(1);
  });

  it('counts an exception inside an item schema as that item failing', () => {
    const Throwing = z
      .object({ href: z.string() })
      .transform(({ href }) => decodeURIComponent(href));
    const page = pageSchema(Throwing).parse([{ href: 'a%20b' }, { href: '%E0%A4%A' }]);
    expect(page.items).toEqual(['a b']);
    expect(page.skipped?.details).toContain('URI malformed');
  });
});
