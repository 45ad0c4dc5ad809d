import { HttpResponse, type JsonBodyType } from 'msw';
import { hashGuid } from './hash';
import type { PageParams } from './params';

export type ApiVersion = 'v6' | 'v7' | 'v8';
/** The v8 RESTExceptionInfo errorCode values this mock uses. */
export type V8ErrorCode = 'ResourceNotFound' | 'ParameterValidationFailure' | null;

export function json(body: JsonBodyType, status = 200): Response {
  return HttpResponse.json(body, {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/**
 * RESTExceptionInfo per version: v6 {message}; v7 adds errorCode, whose only enum value is
 * ProxyOffline, so null here; v8 adds a wider errorCode enum and stackTrace.
 */
export function errorBody(version: ApiVersion, message: string, code: V8ErrorCode = null) {
  if (version === 'v6') return { message };
  if (version === 'v7') return { message, errorCode: null };
  return { message, errorCode: code, stackTrace: null };
}

export function errorResponse(
  version: ApiVersion,
  status: number,
  message: string,
  code: V8ErrorCode = null,
): Response {
  return json(errorBody(version, message, code), status);
}

export const badRequest = (version: ApiVersion, message: string): Response =>
  errorResponse(version, 400, message, 'ParameterValidationFailure');

export const notFound = (version: ApiVersion, message: string): Response =>
  errorResponse(version, 404, message, 'ResourceNotFound');

export type Collection = 'RestorePoints' | 'Organizations' | 'Jobs' | 'BackupRepositories';

// The v6 help page shows relative, lower-case hrefs; v7/v8 servers answer absolute ones.
const V6_SEGMENTS: Record<Collection, string> = {
  RestorePoints: 'restorePoints',
  Organizations: 'organizations',
  Jobs: 'jobs',
  BackupRepositories: 'backuprepositories',
};

export interface LinkContext {
  version: ApiVersion;
  host: string;
}

export interface Link {
  href: string;
}

export function collectionHref({ version, host }: LinkContext, collection: Collection): string {
  return version === 'v6' ? `/v6/${V6_SEGMENTS[collection]}` : `${host}/${version}/${collection}`;
}

export function link(ctx: LinkContext, collection: Collection, id: string): Link {
  return { href: `${collectionHref(ctx, collection)}/${encodeURIComponent(id)}` };
}

export interface Page<T> {
  offset: number;
  limit: number;
  setId: string;
  totalCount?: number;
  results: T[];
  _links: Record<string, Link>;
}

/**
 * A v7/v8 page over already filtered and sorted items, serialising only the page. Links keep
 * the request's other query parameters; `next` only when more results exist; v7 alone reports
 * totalCount.
 */
export function toPage<T, R>(
  ctx: LinkContext,
  collection: Collection,
  url: URL,
  items: readonly T[],
  { offset, limit }: PageParams,
  serialize: (item: T) => R,
): Page<R> {
  const filters = new URLSearchParams(url.search);
  for (const key of [...filters.keys()]) {
    if (/^(offset|limit)$/i.test(key)) filters.delete(key);
  }
  const pageHref = (at: number): Link => {
    const query = new URLSearchParams(filters);
    query.set('offset', String(at));
    query.set('limit', String(limit));
    return { href: `${collectionHref(ctx, collection)}?${query.toString()}` };
  };
  const links: Record<string, Link> = { self: pageHref(offset) };
  if (offset + limit < items.length) links.next = pageHref(offset + limit);
  if (offset > 0) links.prev = pageHref(Math.max(0, offset - limit));
  const filterKey = [...filters]
    .map(([k, v]) => `${k.toLowerCase()}=${v}`)
    .sort()
    .join('&');
  return {
    offset,
    limit,
    // The server caches a request's result set under setId: same query, same set.
    setId: hashGuid(`${ctx.version}/${collection}?${filterKey}`),
    ...(ctx.version === 'v7' ? { totalCount: items.length } : {}),
    results: items.slice(offset, offset + limit).map(serialize),
    _links: links,
  };
}

/** A shallow copy without `keys`: fields a version does not know yet, or no longer. */
export function omit<T extends object, K extends keyof T>(
  value: T,
  keys: readonly K[],
): Omit<T, K> {
  const dropped: ReadonlySet<PropertyKey> = new Set(keys);
  return Object.fromEntries(Object.entries(value).filter(([key]) => !dropped.has(key))) as Omit<
    T,
    K
  >;
}
