import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW } from '@/api/m365/filters';
import type { RestorePoint, RestorePointPage } from '@/api/m365/restore-points';
import { sliceRows } from './table';
import type { Lookups } from '../common/use-lookups';

const point = (index: number, organizationId: string): RestorePoint =>
  ({
    id: `p${String(index)}`,
    backupTime: new Date(Date.UTC(2025, 5, 1) + index * 3_600_000),
    organizationId,
  }) as RestorePoint;

const names: Record<string, string> = { a: 'Contoso', b: 'Fabrikam' };
const lookups = {
  organizationName: (id: string | null) => (id ? (names[id] ?? id) : '—'),
} as Lookups;

const page = (items: RestorePoint[], extra: Partial<RestorePointPage> = {}): RestorePointPage => ({
  items,
  offset: 0,
  limit: items.length,
  totalCount: null,
  hasNext: false,
  ...extra,
});

describe('sliceRows', () => {
  const many = Array.from({ length: 120 }, (_, index) => point(index, index % 2 ? 'a' : 'b'));

  it('v6: sorts the whole answer and cuts the page in the browser', () => {
    const slice = sliceRows('v6', { ...EMPTY_VIEW, page: 3 }, page(many), lookups);
    expect(slice).toMatchObject({ first: 101, pages: 3, total: 120, hasNext: false });
    expect(slice.rows).toHaveLength(20);
    // Newest first by default.
    expect(slice.rows[0]?.id).toBe('p19');
    const byName = sliceRows(
      'v6',
      { ...EMPTY_VIEW, sort: 'organization', dir: 'asc' },
      page(many),
      lookups,
    );
    expect(byName.rows.every((row) => row.organizationId === 'a')).toBe(true);
  });

  it('v7: pages from totalCount; v8: one more page while the server says there is a next one', () => {
    const rows = many.slice(0, 50);
    expect(
      sliceRows('v7', EMPTY_VIEW, page(rows, { totalCount: 120, hasNext: true }), lookups),
    ).toMatchObject({
      pages: 3,
      total: 120,
      first: 1,
    });
    const v8 = sliceRows(
      'v8',
      { ...EMPTY_VIEW, page: 2 },
      page(rows, { offset: 50, hasNext: true }),
      lookups,
    );
    expect(v8).toMatchObject({ pages: 3, total: null, first: 51, hasNext: true });
    expect(v8.rows).toBe(rows); // server order kept for the time sort
    const last = sliceRows(
      'v8',
      { ...EMPTY_VIEW, page: 3 },
      page(rows.slice(0, 20), { offset: 100 }),
      lookups,
    );
    expect(last).toMatchObject({ pages: 3, hasNext: false });
  });

  it('v7/v8: another column sorts only the rows of this page', () => {
    const rows = many.slice(0, 4);
    const slice = sliceRows(
      'v8',
      { ...EMPTY_VIEW, sort: 'organization', dir: 'asc' },
      page(rows),
      lookups,
    );
    expect(slice.rows.map((row) => row.organizationId)).toEqual(['a', 'a', 'b', 'b']);
  });
});
