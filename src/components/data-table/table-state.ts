/**
 * A table's view in the URL — filter text, sort, page and page size — so every
 * view can be shared. Pages that ask the server for one page read the same
 * state to build their query; the table writes it.
 */
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '@/config/page-sizes';
import { useUrlState } from '../use-url-state';

export type SortDirection = 'asc' | 'desc';

export interface TableSort {
  key: string;
  direction: SortDirection;
}

export interface TableView {
  /** The filter box's text. */
  q: string;
  sort: TableSort | null;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface TableDefaults {
  sort?: TableSort;
  pageSize?: number;
}

/** Reads a table's view from URL parameters (each name with the table's prefix). */
export function readTableView(
  params: URLSearchParams,
  prefix = '',
  defaults: TableDefaults = {},
): TableView {
  const get = (name: string) => params.get(`${prefix}${name}`);
  const sortKey = get('sort') ?? defaults.sort?.key;
  const direction = get('dir') ?? defaults.sort?.direction;
  const page = Number(get('page'));
  const size = Number(get('size'));
  return {
    q: get('q') ?? '',
    sort: sortKey ? { key: sortKey, direction: direction === 'asc' ? 'asc' : 'desc' } : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size)
      ? size
      : (defaults.pageSize ?? DEFAULT_PAGE_SIZE),
  };
}

export type TableChanges = Partial<Record<'q' | 'sort' | 'dir' | 'page' | 'size', string | null>>;

/** A table's view and a setter for it; changing the filter, sort or size goes back to page 1. */
export function useTableView(prefix = '', defaults: TableDefaults = {}) {
  const [params, setParams] = useUrlState();
  const view = readTableView(params, prefix, defaults);
  const update = (changes: TableChanges) => {
    const resetPage = Object.keys(changes).some((name) => name !== 'page');
    const all: TableChanges = resetPage ? { page: null, ...changes } : changes;
    setParams(
      Object.fromEntries(
        Object.entries(all).map(([name, value]) => [`${prefix}${name}`, value ?? null]),
      ),
    );
  };
  return { view, update };
}
