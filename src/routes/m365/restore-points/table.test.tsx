import { render, screen, within } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { M365Version } from '@/api/m365/auth';
import { readView } from '@/api/m365/filters';
import type { RestorePoint, RestorePointPage } from '@/api/m365/restore-points';
import { Providers } from '@/app/providers';
import { lazyQueryClient } from '@/app/lazy-query-client';
import type { Lookups } from '../common/use-lookups';
import { RestorePointsTable } from './table';

const point = (index: number, organizationId: string): RestorePoint =>
  ({
    id: `p${String(index)}`,
    backupTime: new Date(Date.UTC(2025, 5, 1) + index * 3_600_000),
    organizationId,
    jobId: null,
    repositoryId: null,
    workloads: { exchange: true, sharePoint: false, oneDrive: false, teams: false },
    isLongTermCopy: false,
    isRetrieved: false,
  }) as unknown as RestorePoint;

const names: Record<string, string> = { a: 'Contoso', b: 'Fabrikam' };
const lookups = {
  organizationName: (id: string | null) => (id ? (names[id] ?? id) : '—'),
  jobName: () => '—',
  repositoryName: () => '—',
} as unknown as Lookups;

const page = (items: RestorePoint[], extra: Partial<RestorePointPage> = {}): RestorePointPage => ({
  items,
  offset: 0,
  limit: items.length,
  totalCount: null,
  hasNext: false,
  ...extra,
});

function renderTable(version: M365Version, data: RestorePointPage, search = '') {
  const element = (
    <RestorePointsTable
      version={version}
      view={readView(new URLSearchParams(search))}
      data={data}
      lookups={lookups}
      refreshing={false}
      pointLink={(id) => `?point=${id}`}
      onOpen={() => undefined}
      emptyText="none"
    />
  );
  const router = createMemoryRouter([{ path: '/', element }], { initialEntries: [`/${search}`] });
  render(
    <Providers queryClient={lazyQueryClient()}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return screen.getByRole('table', { name: 'Microsoft 365 restore points' });
}

const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('cell').length > 1);

describe('Microsoft 365 restore points table', () => {
  const many = Array.from({ length: 600 }, (_, index) => point(index, index % 2 ? 'a' : 'b'));

  it('v6: keeps the whole answer but renders only the rows in view, newest first', () => {
    const table = renderTable('v6', page(many));
    const rows = bodyRows(table);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('/?point=p599');
    expect(screen.getByText('600 rows')).toBeInTheDocument();
  });

  it('v6: another column sorts the whole answer', () => {
    const table = renderTable('v6', page(many), '?sort=organization&dir=asc');
    const rows = bodyRows(table);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => within(row).queryByText('Contoso'))).toBe(true);
  });

  it('v7: pages from totalCount; v8: one more page while the server says there is a next one', () => {
    renderTable('v7', page(many.slice(0, 25), { totalCount: 120, hasNext: true }));
    expect(screen.getByText('120 rows')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '5' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '6' })).not.toBeInTheDocument();
  });

  it('v8 without a total: offers the next page only while the server has one', () => {
    renderTable('v8', page(many.slice(0, 25), { offset: 25, hasNext: true }), '?page=2');
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
  });

  it('v7/v8: another column sorts only the rows of this page, in the server order otherwise', () => {
    const rows = [point(1, 'b'), point(2, 'a'), point(3, 'b'), point(4, 'a')];
    const byTime = renderTable('v8', page(rows));
    expect(
      bodyRows(byTime).map((row) => within(row).getByRole('link').getAttribute('href')),
    ).toEqual(['/?point=p1', '/?point=p2', '/?point=p3', '/?point=p4']);
  });

  it('v7/v8: sorting by organization reorders the page', () => {
    const rows = [point(1, 'b'), point(2, 'a'), point(3, 'b'), point(4, 'a')];
    const table = renderTable('v8', page(rows), '?sort=organization&dir=asc');
    expect(
      bodyRows(table).map((row) => within(row).getByText(/Contoso|Fabrikam/).textContent),
    ).toEqual(['Contoso', 'Contoso', 'Fabrikam', 'Fabrikam']);
  });
});
