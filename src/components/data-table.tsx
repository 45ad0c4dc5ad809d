import {
  Button,
  Group,
  Pagination,
  ScrollArea,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { csvFilename, downloadText, toCsv, type CsvCell } from '@/lib/csv';
import { EmptyState } from './empty-state';
import { sortRows, type SortDirection } from './sort-rows';

export interface Column<T> {
  key: string;
  header: string;
  /** The plain value used to sort, filter and export. */
  value: (row: T) => CsvCell;
  /** How the cell looks; defaults to the value as text. */
  render?: (row: T) => ReactNode;
  sortable?: boolean;
  /** Leave out of the text filter (e.g. numbers). */
  filterable?: boolean;
}

export interface DataTableProps<T> {
  /** Names the table for screen readers and the CSV file. */
  label: string;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  defaultSort?: { key: string; direction: SortDirection };
  /** Prefix for this table's URL parameters when a page has several tables. */
  urlPrefix?: string;
  pageSize?: number;
  emptyTitle?: string;
  emptyText?: ReactNode;
  /** Extra controls next to the filter box. */
  toolbar?: ReactNode;
}

/**
 * A sortable, filterable, paged table whose state lives in the URL, so every
 * view can be shared. It renders one page of rows, so long lists stay fast.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { label, rows, columns, rowKey, urlPrefix = '', pageSize = 50 } = props;
  const [params, setParams] = useSearchParams();
  const key = (name: string) => `${urlPrefix}${name}`;
  const query = params.get(key('q')) ?? '';
  const sortKey = params.get(key('sort')) ?? props.defaultSort?.key ?? '';
  const direction: SortDirection =
    (params.get(key('dir')) ?? props.defaultSort?.direction) === 'asc' ? 'asc' : 'desc';

  // React Router builds a functional update on the parameters of the last committed render,
  // and on a busy machine that render can lag behind the URL: typing in the filter right
  // after a sort would drop the sort. Build each change on the newest URL asked for,
  // committed or not (as src/routes/m365/use-url-params.ts does for the M365 filters).
  const asked = useRef<URLSearchParams | null>(null);
  useLayoutEffect(() => {
    asked.current = null;
  }, [params]);
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(asked.current ?? params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key(name));
      else next.set(key(name), value);
    }
    asked.current = next;
    setParams(next, { replace: true, preventScrollReset: true });
  };

  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const filtered = needle
      ? rows.filter((row) =>
          columns.some(
            (column) =>
              column.filterable !== false &&
              cellText(column.value(row)).toLowerCase().includes(needle),
          ),
        )
      : rows;
    const column = columns.find((candidate) => candidate.key === sortKey);
    return column ? sortRows(filtered, column.value, direction) : filtered;
  }, [rows, columns, query, sortKey, direction]);

  const pages = Math.max(1, Math.ceil(visible.length / pageSize));
  const page = Math.min(pages, Math.max(1, Number(params.get(key('page')) ?? '1') || 1));
  const shown = visible.slice((page - 1) * pageSize, page * pageSize);

  const exportCsv = () => {
    const csv = toCsv(
      columns.map((column) => column.header),
      visible.map((row) => columns.map((column) => column.value(row))),
    );
    downloadText(csvFilename(label), csv);
  };

  return (
    <div>
      <Group justify="space-between" mb="xs" gap="xs" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <TextInput
            aria-label={`Filter ${label}`}
            placeholder="Filter…"
            value={query}
            size="xs"
            w={240}
            onChange={(event) => {
              update({ q: event.currentTarget.value, page: null });
            }}
          />
          {props.toolbar}
        </Group>
        <Group gap="xs">
          <Text size="xs" c="dimmed" aria-live="polite">
            {visible.length === rows.length
              ? `${String(rows.length)} ${rows.length === 1 ? 'row' : 'rows'}`
              : `${String(visible.length)} of ${String(rows.length)} rows`}
          </Text>
          <Button size="xs" variant="default" onClick={exportCsv} disabled={!visible.length}>
            Export CSV
          </Button>
        </Group>
      </Group>
      {visible.length === 0 ? (
        <EmptyState
          title={
            rows.length ? 'No rows match the filter' : (props.emptyTitle ?? 'Nothing here yet')
          }
        >
          {rows.length ? 'Clear or change the filter to see more.' : props.emptyText}
        </EmptyState>
      ) : (
        <ScrollArea type="auto">
          <Table striped highlightOnHover verticalSpacing="xs" aria-label={label} miw={600}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => {
                  const active = column.key === sortKey;
                  const ariaSort = active
                    ? direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : 'none';
                  return (
                    <Table.Th
                      key={column.key}
                      aria-sort={column.sortable === false ? undefined : ariaSort}
                    >
                      {column.sortable === false ? (
                        column.header
                      ) : (
                        <UnstyledButton
                          fw={700}
                          fz="sm"
                          onClick={() => {
                            update({
                              sort: column.key,
                              dir: active && direction === 'asc' ? 'desc' : 'asc',
                              page: null,
                            });
                          }}
                        >
                          {column.header} {active ? (direction === 'asc' ? '▲' : '▼') : ''}
                        </UnstyledButton>
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr key={rowKey(row)}>
                  {columns.map((column) => (
                    <Table.Td key={column.key}>
                      {column.render ? column.render(row) : cellText(column.value(row))}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {pages > 1 ? (
        <Group justify="center" mt="sm">
          <Pagination
            total={pages}
            value={page}
            size="sm"
            aria-label={`${label} pages`}
            getControlProps={(control) => ({ 'aria-label': `${control} page` })}
            onChange={(next) => {
              update({ page: next === 1 ? null : String(next) });
            }}
          />
        </Group>
      ) : null}
    </div>
  );
}

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  return value instanceof Date ? value.toISOString() : String(value);
}
