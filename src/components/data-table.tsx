import { Group, LoadingOverlay, ScrollArea, Table, Text } from '@mantine/core';
import {
  columnFilteringFeature,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type Row,
  type RowData,
} from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import type { CsvCell } from '@/lib/csv';
import { cellText, compareCells, type Column } from './data-table/columns';
import { ExportButton } from './data-table/export-button';
import { FilterBox } from './data-table/filter-box';
import { HeaderCell } from './data-table/header-cell';
import { Pager } from './data-table/pager';
import { useTableView, type TableDefaults } from './data-table/table-state';
import { VirtualRows } from './data-table/virtual-rows';
import { EmptyState } from './empty-state';
import { SkippedNote } from './skipped-note';
import type { Skipped } from '@/api/tolerant-list';

export type { Column } from './data-table/columns';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});

/** A page the server answered: the table shows it as it came. */
export interface ServerPage<T> {
  /** Rows matching the server filter in all pages, when known. */
  total: number | null;
  /** Pages of the current size, from the server's paging info. */
  pageCount: number;
  /** A newer page is on its way (the rows shown are the previous ones). */
  fetching: boolean;
  /** Every row of the current filter, for the CSV export (pages walked on demand). */
  fetchAll?: (signal: AbortSignal) => Promise<T[]>;
  /** Whether the filter box goes to the server or only filters the page shown. */
  filters: 'server' | 'page';
}

export interface DataTableProps<T> {
  /** Names the table for screen readers and the CSV file. */
  label: string;
  /** Client mode: every row. Server mode: the current page, in the server's order. */
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  /** Server mode: the server filters, sorts and pages; the table shows one page. */
  server?: ServerPage<T>;
  /** What the filter box asks for when the server filters (e.g. "Exact VM name"). */
  filterLabel?: string;
  filterHint?: ReactNode;
  defaultSort?: TableDefaults['sort'];
  /** Prefix for this table's URL parameters when a page has several tables. */
  urlPrefix?: string;
  /** Client mode: every filtered row in one scrolling list, only the visible ones rendered. */
  virtual?: boolean;
  emptyTitle?: string;
  emptyText?: ReactNode;
  /** Extra controls next to the filter box. */
  toolbar?: ReactNode;
  /** No filter box: the page has filters of its own. */
  noFilter?: boolean;
  /** Below the table: how it sorts, what a click does. */
  caption?: ReactNode;
  /** Rows the server sent that could not be read (left out of `rows`). */
  skipped?: Skipped | null;
  /** A row opens something (a drawer): click, or Enter on the focused row. */
  onRowClick?: (row: T) => void;
}

/**
 * The one table: sortable, filterable, paged, CSV export, its view in the URL.
 * In client mode it sorts, filters and pages the rows it is given; in server
 * mode (`server`) the page asks the server for exactly the rows shown, reading
 * the same URL view (`useTableView`), and the table renders that page.
 */
export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const { label, rows, columns, rowKey, server, urlPrefix = '' } = props;
  const { view, update } = useTableView(urlPrefix, {
    ...(props.defaultSort ? { sort: props.defaultSort } : {}),
  });

  const shownColumns = useMemo(() => columns.filter((column) => !column.exportOnly), [columns]);
  const columnDefs = useMemo(() => toColumnDefs(shownColumns), [shownColumns]);
  const table = useTable({
    features,
    columns: columnDefs,
    data: rows,
    getRowId: rowKey,
    state: {
      sorting: view.sort ? [{ id: view.sort.key, desc: view.sort.direction === 'desc' }] : [],
      globalFilter: view.q,
      pagination: { pageIndex: view.page - 1, pageSize: view.pageSize },
    },
    manualSorting: Boolean(server),
    manualFiltering: server?.filters === 'server',
    manualPagination: Boolean(server) || Boolean(props.virtual),
    ...(server ? { pageCount: server.pageCount } : {}),
    globalFilterFn: (row, columnId, filter: string) =>
      cellText(row.getValue<CsvCell>(columnId)).toLowerCase().includes(filter.trim().toLowerCase()),
    getColumnCanGlobalFilter: (column) =>
      shownColumns.find((candidate) => candidate.key === column.id)?.filterable !== false,
    autoResetPageIndex: false,
  });

  const serverFilters = server?.filters === 'server';
  const filtered = serverFilters ? null : table.getFilteredRowModel().rows.length;
  const total = server ? server.total : filtered;
  const pageCount = server ? server.pageCount : Math.max(1, table.getPageCount());
  const page = Math.min(view.page, Math.max(1, pageCount));
  const shown: Row<typeof features, T>[] = table.getRowModel().rows;

  const exportRows = async (signal: AbortSignal): Promise<CsvCell[][]> => {
    const all = server?.fetchAll
      ? await server.fetchAll(signal)
      : server
        ? rows
        : table.getSortedRowModel().rows.map((row) => row.original);
    return all.map((row) => columns.map((column) => column.value(row)));
  };

  const pageFilter =
    server && !serverFilters && filtered !== rows.length
      ? `; ${String(filtered)} of ${String(rows.length)} on this page match`
      : '';
  const summary = server
    ? (server.total === null
        ? `Page ${String(page)} of ${String(pageCount)}`
        : `${String(server.total)} ${server.total === 1 ? 'row' : 'rows'}`) + pageFilter
    : filtered === rows.length
      ? `${String(rows.length)} ${rows.length === 1 ? 'row' : 'rows'}`
      : `${String(filtered)} of ${String(rows.length)} rows`;

  const noRows = shown.length === 0 && !(server?.fetching ?? false);
  const filterActive = view.q.trim() !== '';

  return (
    <div>
      <Group justify="space-between" mb="xs" gap="xs" wrap="wrap" align="end">
        <Group gap="xs" wrap="wrap" align="end">
          {props.noFilter ? null : (
            <FilterBox
              label={props.filterLabel ? `${props.filterLabel} in ${label}` : `Filter ${label}`}
              placeholder={props.filterLabel ? `${props.filterLabel}…` : 'Filter…'}
              hint={
                props.filterHint ??
                (server && !serverFilters ? 'Filters the rows on this page' : undefined)
              }
              value={view.q}
              server={serverFilters}
              onChange={(q) => {
                update({ q });
              }}
            />
          )}
          {props.toolbar}
        </Group>
        <Group gap="xs">
          <Text size="xs" c="dimmed" aria-live="polite" data-testid="table-summary">
            {summary}
          </Text>
          <ExportButton
            label={label}
            headers={columns.map((column) => column.header)}
            rows={exportRows}
            disabled={total === 0}
            {...(server?.fetchAll && server.total !== null ? { count: server.total } : {})}
          />
        </Group>
      </Group>
      <SkippedNote skipped={props.skipped} what="row" />
      {noRows ? (
        <EmptyState
          title={
            filterActive ? 'No rows match the filter' : (props.emptyTitle ?? 'Nothing here yet')
          }
        >
          {filterActive ? 'Clear or change the filter to see more.' : props.emptyText}
        </EmptyState>
      ) : (
        <ScrollArea type="auto" pos="relative">
          <LoadingOverlay
            visible={server?.fetching ?? false}
            overlayProps={{ blur: 0, backgroundOpacity: 0.3 }}
            loaderProps={{ size: 'sm' }}
            zIndex={2}
          />
          <Table
            striped
            highlightOnHover
            verticalSpacing="xs"
            aria-label={label}
            aria-busy={server?.fetching ?? false}
            miw={600}
            {...(props.virtual ? { stickyHeader: true } : {})}
            {...(props.caption ? { captionSide: 'bottom' as const } : {})}
          >
            {props.caption ? <Table.Caption>{props.caption}</Table.Caption> : null}
            <Table.Thead>
              <Table.Tr>
                {table.getFlatHeaders().map((header) => (
                  <HeaderCell
                    key={header.id}
                    label={shownColumns.find((column) => column.key === header.id)?.header ?? ''}
                    sortable={header.column.getCanSort()}
                    direction={header.column.getIsSorted() || null}
                    onSort={() => {
                      const active = view.sort?.key === header.id;
                      update({
                        sort: header.id,
                        dir: active && view.sort?.direction === 'asc' ? 'desc' : 'asc',
                      });
                    }}
                  />
                ))}
              </Table.Tr>
            </Table.Thead>
            {props.virtual ? (
              <VirtualRows
                rows={table.getSortedRowModel().rows}
                columnCount={shownColumns.length}
                renderRow={(row) => (
                  <BodyRow
                    key={row.id}
                    row={row}
                    columns={shownColumns}
                    onClick={props.onRowClick}
                  />
                )}
              />
            ) : (
              <Table.Tbody>
                {shown.map((row) => (
                  <BodyRow
                    key={row.id}
                    row={row}
                    columns={shownColumns}
                    onClick={props.onRowClick}
                  />
                ))}
              </Table.Tbody>
            )}
          </Table>
        </ScrollArea>
      )}
      {props.virtual ? null : (
        <Pager
          label={label}
          page={page}
          pageCount={pageCount}
          pageSize={view.pageSize}
          onPage={(next) => {
            update({ page: next === 1 ? null : String(next) });
          }}
          onPageSize={(size) => {
            update({ size: String(size) });
          }}
        />
      )}
    </div>
  );
}

function BodyRow<T extends RowData>(props: {
  row: Row<typeof features, T>;
  columns: Column<T>[];
  onClick: ((row: T) => void) | undefined;
}) {
  const { row, columns, onClick } = props;
  const open = onClick
    ? {
        tabIndex: 0,
        style: { cursor: 'pointer' },
        onClick: () => {
          onClick(row.original);
        },
        onKeyDown: (event: React.KeyboardEvent<HTMLTableRowElement>) => {
          if (event.key === 'Enter' && event.target === event.currentTarget) onClick(row.original);
        },
      }
    : {};
  return (
    <Table.Tr {...open}>
      {columns.map((column) => {
        const value = column.value(row.original);
        return (
          <Table.Td
            key={column.key}
            style={cellStyle}
            {...(typeof value === 'string' && value ? { title: value } : {})}
          >
            {column.render ? column.render(row.original) : cellText(value)}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}

/**
 * Server text stays on one line and in its cell: a 5,000-character name ends in
 * an ellipsis (the full text on hover), and direction marks inside it cannot
 * reorder the text around it.
 */
const cellStyle = {
  maxWidth: '32rem',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  unicodeBidi: 'isolate',
} as const;

/** Columns for the table model: values as accessors, empty cells last in either direction. */
function toColumnDefs<T extends RowData>(columns: Column<T>[]): ColumnDef<typeof features, T>[] {
  return columns.map((column) => ({
    id: column.key,
    header: column.header,
    accessorFn: (row: T) => {
      const value = column.value(row);
      return value === null || value === '' ? undefined : value;
    },
    enableSorting: column.sortable !== false,
    sortUndefined: 'last',
    sortFn: (a, b, id) => compareCells(a.getValue<CsvCell>(id), b.getValue<CsvCell>(id)),
  }));
}
