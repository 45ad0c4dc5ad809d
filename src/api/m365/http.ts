import { z } from 'zod';
import { request } from '../client';
import { m365Auth, type M365Version } from './auth';
import { pageSchema, type Page } from './schema';

/** GET a same-origin Microsoft 365 path (`/v8/RestorePoints?…`) and validate it with `schema`. */
export async function m365Get<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  const response = await request({ source: 'm365', path, schema, auth: m365Auth, signal });
  return response.data;
}

/** `/v8/Organizations` + query → the path, leaving out empty values. */
export function m365Path(
  version: M365Version,
  resource: string,
  query: Record<string, string | number | boolean | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/${version}/${resource}${search ? `?${search}` : ''}`;
}

/** Page size for reading whole collections (the API allows up to 10,000). */
export const FETCH_ALL_LIMIT = 1000;
/** A safety stop for servers that keep announcing a next page. */
const MAX_PAGES = 50;

/**
 * Every item of a collection. v6/v7 answer organizations, jobs and repositories
 * as one bare array; v8 pages them, so this follows the pages with limit/offset.
 */
export async function fetchAll<T extends z.ZodType>(
  version: M365Version,
  resource: string,
  item: T,
  options: {
    query?: Record<string, string | number | boolean | undefined>;
    signal?: AbortSignal;
    /** The collection pages on this version (default: v8 only). */
    paged?: boolean;
  } = {},
): Promise<z.output<T>[]> {
  const schema = pageSchema(item);
  const items: z.output<T>[] = [];
  const paged = options.paged ?? version === 'v8';
  let offset = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const query = paged ? { ...options.query, limit: FETCH_ALL_LIMIT, offset } : options.query;
    const result: Page<z.output<T>> = await m365Get(
      m365Path(version, resource, query),
      schema,
      options.signal,
    );
    items.push(...result.items);
    if (!paged || !result.hasNext || result.items.length === 0) break;
    // A server may answer fewer than asked for: go on from what arrived.
    offset = result.offset + result.items.length;
  }
  return items;
}
