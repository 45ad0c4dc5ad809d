/**
 * The EM query service: GET /api/query?type=…&format=…&filter=…&sortDesc=…&pageSize=&page=.
 * Results nest one level deeper than plain collections: `Refs.Refs[]` and
 * `Entities.<Plural>.<Plural>[]`, with PagingInfo (default page size 100).
 */
import { z } from 'zod';
import { emGet } from './http';
import { LinkSchema, ReferenceSchema, findLink } from './schema';
import { toApiPath } from '../href';
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
  paging: Paging | null;
}

const pagingField = PagingInfoSchema.nullish().transform((value) => value ?? null);

/** `Entities.<Plural>.<Plural>[]`; a flat `Entities.<Plural>[]` is accepted too (unconfirmed). */
export function queryEntitiesSchema<T extends z.ZodType>(plural: string, item: T) {
  const inner = z.union([z.array(item), z.looseObject({ [plural]: z.array(item).nullish() })]);
  return z
    .looseObject({
      Entities: z.looseObject({ [plural]: inner.nullish() }).nullish(),
      PagingInfo: pagingField,
    })
    .transform((body): QueryPage<z.output<T>> => {
      const group = body.Entities?.[plural];
      const items = Array.isArray(group) ? group : (group?.[plural] ?? []);
      return { items, paging: body.PagingInfo };
    });
}

/** `Refs.Refs[]`; a flat `Refs[]` is accepted too. */
export const queryReferencesSchema = z
  .looseObject({
    Refs: z
      .union([
        z.array(ReferenceSchema),
        z.looseObject({ Refs: z.array(ReferenceSchema).nullish() }),
      ])
      .nullish(),
    PagingInfo: pagingField,
  })
  .transform((body) => ({
    items: Array.isArray(body.Refs) ? body.Refs : (body.Refs?.Refs ?? []),
    paging: body.PagingInfo,
  }));

/**
 * Every page of a query, following PagingInfo until PageNum reaches PagesCount.
 * One request per page of `pageSize` items, never one per row.
 */
export async function fetchAllPages<T>(
  params: QueryParams,
  schema: z.ZodType<QueryPage<T>>,
  options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<T[]> {
  const items: T[] = [];
  let path: string | null = queryPath({ ...params, page: 1 });
  let page = 1;
  while (path) {
    const result: QueryPage<T> = await emGet(path, schema, options.signal);
    items.push(...result.items);
    const paging = result.paging;
    options.onProgress?.(paging?.page ?? page, paging?.pagesCount ?? page);
    if (!paging || paging.page >= paging.pagesCount || result.items.length === 0) break;
    page += 1;
    path = paging.next ? toApiPath(paging.next) : queryPath({ ...params, page });
  }
  return items;
}

const UIDS_PER_REQUEST = 40;
const PARALLEL_REQUESTS = 4;

/**
 * Entities for a list of UIDs (`filter=UID=="…",UID=="…"`), 40 per request and
 * a few requests at a time: how a reference list or a VM's points learn the
 * columns they lack without one request per row.
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
    const wave = batches
      .slice(i, i + PARALLEL_REQUESTS)
      .map((batch) =>
        fetchAllPages(
          { type, filter: or(...batch.map((uid) => eq('UID', uid))), pageSize: UIDS_PER_REQUEST },
          schema,
          signal ? { signal } : {},
        ),
      );
    results.push(...(await Promise.all(wave)));
  }
  return results.flat();
}
