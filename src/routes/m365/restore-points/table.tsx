import {
  Anchor,
  Button,
  Group,
  LoadingOverlay,
  Pagination,
  ScrollArea,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { Link } from 'react-router';
import type { M365Version } from '@/api/m365/auth';
import { PAGE_SIZE, pagesOnServer, type RestorePointView, type SortKey } from '@/api/m365/filters';
import type { RestorePoint, RestorePointPage } from '@/api/m365/restore-points';
import { DateTime } from '@/components/date-time';
import { EmptyState } from '@/components/empty-state';
import { sortRows } from '@/lib/sort-rows';
import { csvFilename, downloadText, toCsv, type CsvCell } from '@/lib/csv';
import type { Lookups } from '../common/use-lookups';
import { WorkloadBadges, YesNoBadge, workloadText } from '../common/workload-badges';

interface Column {
  key: SortKey | 'workloads';
  header: string;
  sortable: boolean;
}

const columns: Column[] = [
  { key: 'time', header: 'Backup time', sortable: true },
  { key: 'organization', header: 'Organization', sortable: true },
  { key: 'job', header: 'Job', sortable: true },
  { key: 'repository', header: 'Repository', sortable: true },
  { key: 'workloads', header: 'Workloads', sortable: false },
  { key: 'longTerm', header: 'Long-term copy', sortable: true },
  { key: 'retrieved', header: 'Retrieved', sortable: true },
];

function sortValue(lookups: Lookups, key: SortKey): (point: RestorePoint) => CsvCell {
  switch (key) {
    case 'time':
      return (point) => point.backupTime;
    case 'organization':
      return (point) => lookups.organizationName(point.organizationId);
    case 'job':
      return (point) => lookups.jobName(point.jobId);
    case 'repository':
      return (point) => lookups.repositoryName(point.repositoryId);
    case 'longTerm':
      return (point) => (point.isLongTermCopy ? 'yes' : 'no');
    case 'retrieved':
      return (point) => (point.isRetrieved ? 'yes' : 'no');
  }
}

export interface TableSlice {
  rows: RestorePoint[];
  /** 1-based index of the first row shown. */
  first: number;
  pages: number;
  /** All matches when known (v6; v7's totalCount), else null. */
  total: number | null;
  hasNext: boolean;
}

/**
 * The rows to show. v6 answered every match: sort and page them here. v7/v8
 * answered one page, already in backup-time order: other columns sort that page.
 */
export function sliceRows(
  version: M365Version,
  view: RestorePointView,
  data: RestorePointPage,
  lookups: Lookups,
): TableSlice {
  const byColumn = (rows: RestorePoint[]) =>
    sortRows(rows, sortValue(lookups, view.sort), view.dir);
  if (!pagesOnServer(version)) {
    const sorted = byColumn(data.items);
    const start = (view.page - 1) * PAGE_SIZE;
    return {
      rows: sorted.slice(start, start + PAGE_SIZE),
      first: start + 1,
      pages: Math.max(1, Math.ceil(sorted.length / PAGE_SIZE)),
      total: sorted.length,
      hasNext: start + PAGE_SIZE < sorted.length,
    };
  }
  const rows = view.sort === 'time' ? data.items : byColumn(data.items);
  const pages =
    data.totalCount !== null
      ? Math.max(1, Math.ceil(data.totalCount / PAGE_SIZE))
      : view.page + (data.hasNext ? 1 : 0);
  return { rows, first: data.offset + 1, pages, total: data.totalCount, hasNext: data.hasNext };
}

function summary(slice: TableSlice): string {
  const last = slice.first + slice.rows.length - 1;
  const range = slice.rows.length ? `${String(slice.first)}–${String(last)}` : 'none';
  if (slice.total !== null) {
    return `${String(slice.total)} ${slice.total === 1 ? 'restore point' : 'restore points'}, showing ${range}`;
  }
  return `Showing ${range}${slice.hasNext ? '; more on the next page' : ''}`;
}

interface RestorePointsTableProps {
  version: M365Version;
  view: RestorePointView;
  slice: TableSlice;
  lookups: Lookups;
  /** A newer answer is on its way (the rows shown are the previous ones). */
  refreshing: boolean;
  filtered: boolean;
  pointLink: (id: string) => string;
  onOpen: (id: string) => void;
  onSort: (key: SortKey) => void;
  onPage: (page: number) => void;
  onClearFilters: () => void;
}

/** Restore points with names, workloads and flags; server-paged on v7/v8. */
export function RestorePointsTable(props: RestorePointsTableProps) {
  const { version, view, slice, lookups, refreshing } = props;
  const serverPaged = pagesOnServer(version);

  const exportCsv = () => {
    const csv = toCsv(
      [
        'Backup time (UTC)',
        'Organization',
        'Job',
        'Repository',
        'Workloads',
        'Long-term copy',
        'Retrieved',
        'Restore point id',
        'Organization id',
        'Job id',
        'Repository id',
      ],
      slice.rows.map((point) => [
        point.backupTime,
        lookups.organizationName(point.organizationId),
        lookups.jobName(point.jobId),
        lookups.repositoryName(point.repositoryId),
        workloadText(point.workloads),
        point.isLongTermCopy,
        point.isRetrieved,
        point.id,
        point.organizationId,
        point.jobId,
        point.repositoryId,
      ]),
    );
    downloadText(csvFilename('Microsoft 365 restore points'), csv);
  };

  return (
    <div>
      <Group justify="space-between" mb="xs" gap="xs" wrap="wrap">
        <Text size="sm" aria-live="polite" data-testid="result-summary">
          {summary(slice)}
        </Text>
        <Button size="xs" variant="default" onClick={exportCsv} disabled={!slice.rows.length}>
          {serverPaged ? 'Export this page (CSV)' : 'Export CSV'}
        </Button>
      </Group>
      {slice.rows.length === 0 ? (
        <EmptyState
          title={view.page > 1 ? 'No restore points on this page' : 'No restore points match'}
        >
          {view.page > 1 ? (
            <Anchor
              component="button"
              type="button"
              onClick={() => {
                props.onPage(1);
              }}
            >
              Go to the first page
            </Anchor>
          ) : props.filtered ? (
            <>
              Nothing matches these filters.{' '}
              <Anchor component="button" type="button" onClick={props.onClearFilters}>
                Clear the filters
              </Anchor>{' '}
              to see every restore point.
            </>
          ) : (
            'The server has no restore points yet. They appear once a backup job has run.'
          )}
        </EmptyState>
      ) : (
        <ScrollArea type="auto" pos="relative">
          <LoadingOverlay
            visible={refreshing}
            zIndex={1}
            overlayProps={{ blur: 1 }}
            loaderProps={{ size: 'sm' }}
          />
          <Table
            striped
            highlightOnHover
            verticalSpacing="xs"
            miw={900}
            aria-label="Microsoft 365 restore points"
            aria-busy={refreshing}
            captionSide="bottom"
          >
            <Table.Caption>
              {serverPaged
                ? 'Sorting by backup time is done by the server across all pages; other columns sort the rows of this page only. Select a row (or press Enter on it) for every field.'
                : 'Select a row (or press Enter on it) for every field.'}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => {
                  const active = column.key === view.sort;
                  const ariaSort = active
                    ? view.dir === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : 'none';
                  return (
                    <Table.Th key={column.key} aria-sort={column.sortable ? ariaSort : undefined}>
                      {column.sortable && column.key !== 'workloads' ? (
                        <UnstyledButton
                          fw={700}
                          fz="sm"
                          onClick={() => {
                            if (column.key !== 'workloads') props.onSort(column.key);
                          }}
                        >
                          {column.header} {active ? (view.dir === 'asc' ? '▲' : '▼') : ''}
                        </UnstyledButton>
                      ) : (
                        column.header
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {slice.rows.map((point) => (
                <Table.Tr
                  key={point.id}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  onClick={() => {
                    props.onOpen(point.id);
                  }}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' && event.target === event.currentTarget)
                      props.onOpen(point.id);
                  }}
                >
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor
                      component={Link}
                      to={props.pointLink(point.id)}
                      replace
                      preventScrollReset
                      onClick={(event) => {
                        event.stopPropagation();
                      }}
                    >
                      <DateTime value={point.backupTime} />
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{lookups.organizationName(point.organizationId)}</Table.Td>
                  <Table.Td>{lookups.jobName(point.jobId)}</Table.Td>
                  <Table.Td>{lookups.repositoryName(point.repositoryId)}</Table.Td>
                  <Table.Td>
                    <WorkloadBadges workloads={point.workloads} />
                  </Table.Td>
                  <Table.Td>
                    <YesNoBadge on={point.isLongTermCopy} label="Long-term copy" color="grape" />
                  </Table.Td>
                  <Table.Td>
                    <YesNoBadge on={point.isRetrieved} label="Retrieved" color="orange" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {slice.pages > 1 ? (
        <Group justify="center" mt="sm">
          <Pagination
            total={slice.pages}
            value={Math.min(view.page, slice.pages)}
            size="sm"
            aria-label="Restore point pages"
            getControlProps={(control) =>
              control === 'next'
                ? { 'aria-label': 'Next page' }
                : control === 'previous'
                  ? { 'aria-label': 'Previous page' }
                  : {}
            }
            onChange={props.onPage}
          />
        </Group>
      ) : null}
    </div>
  );
}
