/**
 * The EM query service: GET /api/query?type=…&format=…&filter=…&sortDesc=…&pageSize=&page=.
 * Results nest one level deeper than plain collections: `Refs.Refs[]` and
 * `Entities.<Plural>.<Plural>[]`, with PagingInfo (default page size 100).
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { emGet } from './http';
import { LinkSchema, ReferenceSchema, findLink } from './schema';
import { lenient, settle, type Skipped } from '../tolerant-list';
import { eq, or } from './filter';

export interface QueryParams {
  type: string;
  format?: 'References' | 'Entities';
  filter?: string;
  sortAsc?: string;
  sortDesc?: string;
  pageSize?: number;
  page?: number;
}

export function queryPath(params: QueryParams): string {
  const search = new URLSearchParams({ type: params.type, format: params.format ?? 'Entities' });
  if (params.sortAsc) search.set('sortAsc', params.sortAsc);
  if (params.sortDesc) search.set('sortDesc', params.sortDesc);
  if (params.pageSize) search.set('pageSize', String(params.pageSize));
  if (params.page) search.set('page', String(params.page));
  if (params.filter) search.set('filter', params.filter);
  return `/api/query?${search.toString()}`;
}

const PagingInfoSchema = z
  .looseObject({
    PageNum: z.coerce.number().int().min(0),
    PageSize: z.coerce.number().int().min(0),
    PagesCount: z.coerce.number().int().min(0),
    Links: z.array(LinkSchema).nullish(),
  })
  .transform((info) => ({
    page: info.PageNum,
    pageSize: info.PageSize,
    pagesCount: info.PagesCount,
    next: findLink(info.Links ?? [], 'Next')?.href ?? null,
  }));
export type Paging = z.output<typeof PagingInfoSchema>;

export interface QueryPage<T> {
  items: T[];
  /** Items that could not be read and are left out (src/api/tolerant-list.ts). */
  skipped?: Skipped | null;
  paging: Paging | null;
}

const pagingField = PagingInfoSchema.nullish().transform((value) => value ?? null);

/**
 * `Entities.<Plural>.<Plural>[]`; a flat `Entities.<Plural>[]` is accepted too
 * (unconfirmed). An entity that cannot be read is left out and counted.
 */
export function queryEntitiesSchema<T extends z.ZodType>(plural: string, item: T) {
  const list = z.array(lenient(item));
  const inner = z.union([list, z.looseObject({ [plural]: list.nullish() })]);
  return z
    .looseObject({
      Entities: z.looseObject({ [plural]: inner.nullish() }).nullish(),
      PagingInfo: pagingField,
    })
    .transform((body, ctx): QueryPage<z.output<T>> => {
      const group = body.Entities?.[plural];
      const flat = Array.isArray(group);
      const outcomes = flat ? group : (group?.[plural] ?? []);
      const path = flat ? ['Entities', plural] : ['Entities', plural, plural];
      return { ...settle(outcomes, ctx, path), paging: body.PagingInfo };
    });
}

const referenceList = z.array(lenient(ReferenceSchema));

/** `Refs.Refs[]`; a flat `Refs[]` is accepted too. */
export const queryReferencesSchema = z
  .looseObject({
    Refs: z.union([referenceList, z.looseObject({ Refs: referenceList.nullish() })]).nullish(),
    PagingInfo: pagingField,
  })
  .transform((body, ctx) => {
    const flat = Array.isArray(body.Refs);
    const outcomes = Array.isArray(body.Refs) ? body.Refs : (body.Refs?.Refs ?? []);
    return {
      ...settle(outcomes, ctx, flat ? ['Refs'] : ['Refs', 'Refs']),
      paging: body.PagingInfo,
    };
  });

/** Enough for one visible page of rows; about 4 KB of URL, well inside what servers accept. */
export const UIDS_PER_REQUEST = 50;
const PARALLEL_REQUESTS = 4;

/**
 * Entities for a list of UIDs (`filter=UID=="…",UID=="…"`), 50 per request and
 * a few requests at a time: how a page learns the columns its visible rows
 * lack without one request per row.
 */
export async function fetchEntitiesByUid<T>(
  type: string,
  schema: z.ZodType<QueryPage<T>>,
  uids: readonly string[],
  signal?: AbortSignal,
): Promise<T[]> {
  const distinct = [...new Set(uids)];
  const batches: string[][] = [];
  for (let i = 0; i < distinct.length; i += UIDS_PER_REQUEST) {
    batches.push(distinct.slice(i, i + UIDS_PER_REQUEST));
  }
  const results: T[][] = [];
  for (let i = 0; i < batches.length; i += PARALLEL_REQUESTS) {
    const wave = batches.slice(i, i + PARALLEL_REQUESTS).map(async (batch) => {
      const path = queryPath({
        type,
        filter: or(...batch.map((uid) => eq('UID', uid))),
        pageSize: batch.length,
        page: 1,
      });
      return (await emGet(path, schema, signal)).items;
    });
    results.push(...(await Promise.all(wave)));
  }
  return results.flat();
}

/** One page of a server-side list: what a table shows, asked for exactly. */
export interface ListParams {
  filter?: string;
  sort?: { field: string; direction: 'asc' | 'desc' } | null;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface ListPage<T> {
  items: T[];
  skipped: Skipped | null;
  page: number;
  pageCount: number;
  /** Matches across all pages, when this answer shows it (one page, or the last). */
  total: number | null;
}

export function listPath(type: string, params: ListParams): string {
  const { filter, sort, page, pageSize } = params;
  return queryPath({
    type,
    format: 'Entities',
    ...(filter ? { filter } : {}),
    ...(sort ? { [sort.direction === 'asc' ? 'sortAsc' : 'sortDesc']: sort.field } : {}),
    page,
    pageSize,
  });
}

export async function fetchListPage<T>(
  type: string,
  schema: z.ZodType<QueryPage<T>>,
  params: ListParams,
  signal?: AbortSignal,
): Promise<ListPage<T>> {
  const { items, skipped, paging } = await emGet(listPath(type, params), schema, signal);
  const pageCount = Math.max(1, paging?.pagesCount ?? 1);
  const onLast = params.page >= pageCount;
  return {
    items,
    skipped: skipped ?? null,
    page: params.page,
    pageCount,
    total: onLast ? (pageCount - 1) * params.pageSize + items.length : null,
  };
}

/**
 * How many entities match `filter`: with one per page, the server's page count
 * is the answer. One small request, whatever the size of the list.
 */
export async function fetchCount(
  type: string,
  filter: string | undefined,
  signal?: AbortSignal,
): Promise<number> {
  const path = queryPath({
    type,
    format: 'References',
    ...(filter ? { filter } : {}),
    pageSize: 1,
    page: 1,
  });
  const { items, paging } = await emGet(path, queryReferencesSchema, signal);
  return items.length === 0 ? 0 : (paging?.pagesCount ?? items.length);
}

/** Rows an export may walk: 100 pages of 500. */
export const EXPORT_LIMIT = 50_000;

/**
 * Every row of a list's filter and sort, page after page (a few at a time), up
 * to `limit`: what a CSV export of a server-paged table needs.
 */
export async function fetchWholeList<T>(
  type: string,
  schema: z.ZodType<QueryPage<T>>,
  params: Omit<ListParams, 'page' | 'pageSize'>,
  signal?: AbortSignal,
  { limit = EXPORT_LIMIT, pageSize = 500 }: { limit?: number; pageSize?: number } = {},
): Promise<T[]> {
  const first = await fetchListPage(type, schema, { ...params, page: 1, pageSize }, signal);
  const last = Math.min(first.pageCount, Math.ceil(limit / pageSize));
  const pages = [first.items];
  for (let page = 2; page <= last; page += PARALLEL_REQUESTS) {
    const wave = [];
    for (let p = page; p < page + PARALLEL_REQUESTS && p <= last; p++) {
      wave.push(fetchListPage(type, schema, { ...params, page: p, pageSize }, signal));
    }
    const answers = await Promise.all(wave);
    pages.push(...answers.map((answer) => answer.items));
    if (answers.some((answer) => answer.items.length === 0)) break;
  }
  return pages.flat().slice(0, limit);
}

/** Query options for a list page and its count, under a resource's key root. */
export function listQueries<T>(
  root: readonly unknown[],
  type: string,
  schema: z.ZodType<QueryPage<T>>,
) {
  return {
    page: (params: ListParams) =>
      // The root names the resource, and with it the type and schema.
      // eslint-disable-next-line @tanstack/query/exhaustive-deps
      queryOptions({
        queryKey: [...root, 'list', params],
        queryFn: ({ signal }) => fetchListPage(type, schema, params, signal),
      }),
    count: (filter: string | undefined) =>
      // eslint-disable-next-line @tanstack/query/exhaustive-deps
      queryOptions({
        queryKey: [...root, 'count', { filter }],
        queryFn: ({ signal }) => fetchCount(type, filter, signal),
        staleTime: 5 * 60_000,
      }),
    whole: (params: Omit<ListParams, 'page' | 'pageSize'>, signal?: AbortSignal) =>
      fetchWholeList(type, schema, params, signal),
  };
}

export type ListQueries<T> = ReturnType<typeof listQueries<T>>;
