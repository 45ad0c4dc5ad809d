/**
 * A table whose rows the query service filters, sorts and pages: the URL holds
 * the view, the loader prefetches its page, the component shows it. A page
 * asks for exactly the rows it shows, plus one small count when the page
 * itself does not tell the total.
 */
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ListParams, ListQueries } from '@/api/em/query';
import type { ServerPage } from '@/components/data-table';
import {
  readTableView,
  useTableView,
  type TableSort,
  type TableView,
} from '@/components/data-table/table-state';
import { loaderQuery } from '../../loader-query';

export interface ServerListSpec {
  /** The table's URL prefix. */
  prefix: string;
  defaultSort: TableSort;
  /** Column key → the query-service field it sorts by. */
  sortFields: Record<string, string>;
  /** The server filter for a view: the list's own scope and, where `textFilter`, the filter box. */
  filter: (view: TableView) => string | undefined;
  /** The filter box goes to the server (an exact name); else it filters the page shown. */
  textFilter?: boolean;
}

export function listParams(spec: ServerListSpec, view: TableView): ListParams {
  const field = view.sort ? spec.sortFields[view.sort.key] : undefined;
  const filter = spec.filter(view);
  return {
    ...(filter ? { filter } : {}),
    sort:
      field && view.sort
        ? { field, direction: view.sort.direction }
        : {
            field: spec.sortFields[spec.defaultSort.key] ?? spec.defaultSort.key,
            direction: spec.defaultSort.direction,
          },
    page: view.page,
    pageSize: view.pageSize,
  };
}

/** For loaders: the first page the URL asks for, fetched before the page renders. */
export function prefetchList<T>(
  queryClient: QueryClient,
  queries: ListQueries<T>,
  spec: ServerListSpec,
  request: Request,
): Promise<unknown> {
  const view = readTableView(new URL(request.url).searchParams, spec.prefix, {
    sort: spec.defaultSort,
  });
  return loaderQuery(queryClient, request.signal)(queries.page(listParams(spec, view)));
}

/** `total`: the page already knows how many rows the unfiltered list has (no count needed). */
export function useServerList<T>(
  queries: ListQueries<T>,
  spec: ServerListSpec,
  options: { total?: number | null } = {},
) {
  const { view } = useTableView(spec.prefix, { sort: spec.defaultSort });
  const params = listParams(spec, view);
  const page = useQuery({ ...queries.page(params), placeholderData: keepPreviousData });
  const unfiltered = view.q.trim() === '' || !spec.textFilter;
  const knownTotal = page.data?.total ?? (unfiltered ? (options.total ?? null) : null);
  const count = useQuery({
    ...queries.count(params.filter),
    enabled: page.data !== undefined && knownTotal === null && !(unfiltered && 'total' in options),
  });
  const { filter, sort } = params;
  const server: ServerPage<T> = {
    total: knownTotal ?? count.data ?? null,
    pageCount: page.data?.pageCount ?? 1,
    fetching: page.isPlaceholderData,
    fetchAll: (signal) => queries.whole({ ...(filter ? { filter } : {}), sort }, signal),
    filters: spec.textFilter ? 'server' : 'page',
  };
  return {
    rows: page.data?.items ?? [],
    skipped: page.data?.skipped ?? null,
    server,
    query: page,
    view,
  };
}
