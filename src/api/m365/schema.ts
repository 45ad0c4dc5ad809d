/**
 * Shapes every Microsoft 365 resource shares: HAL `_links` maps, UTC date-times
 * with up to 7 fraction digits, and collections that are bare arrays on some
 * versions and pages `{offset, limit, results, _links}` on others
 * (docs/api-notes.md#m365-paging, #m365-links-and-ids).
 */
import { z } from 'zod';
import { parseUtc } from '@/lib/dates';
import { lenient, settle, type Skipped } from '../tolerant-list';

/** A link in the same shape as Enterprise Manager's, so the shared link table can show it. */
export interface M365Link {
  rel: string;
  href: string;
  name: string | null;
  type: string | null;
}

/** `{"self": {"href": …}, "organization": {"href": …}}` → a list of links. */
export const LinksSchema = z
  .record(z.string(), z.looseObject({ href: z.string() }).nullish())
  .nullish()
  .transform((links): M365Link[] =>
    Object.entries(links ?? {}).flatMap(([rel, link]) =>
      link ? [{ rel, href: link.href, name: null, type: null }] : [],
    ),
  );

export function findLink(links: M365Link[], rel: string): M365Link | undefined {
  return links.find((link) => link.rel.toLowerCase() === rel.toLowerCase());
}

/**
 * A UTC date-time as the API writes it (`2022-02-22T14:44:22.3764709Z`). Checked
 * here, turned into a Date by `toDate` in the resource's transform, so `raw`
 * keeps the text exactly as the server sent it.
 */
export const UtcDateTextSchema = z.string().refine((value) => parseUtc(value) !== null, {
  error: (issue) => `not a date-time: "${String(issue.input)}"`,
});

/** A text UtcDateTextSchema accepted → its Date. */
export function toDate(value: string): Date {
  return parseUtc(value) ?? new Date(Number.NaN);
}

/** An optional date: null, absent, unreadable and .NET's empty `0001-01-01` all mean "none". */
export const OptionalDateSchema = z.string().nullish();

export function toOptionalDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = parseUtc(value);
  return date && date.getUTCFullYear() > 1 ? date : null;
}

/** One page of a collection, whatever shape the version answers in. */
export interface Page<T> {
  items: T[];
  /** Items that could not be read and are left out (src/api/tolerant-list.ts). */
  skipped?: Skipped | null;
  offset: number;
  limit: number;
  /** Only v7 restore points report it; null when the server does not say. */
  totalCount: number | null;
  /** The server has more results after this page (`_links.next`, the count, or a full page without links). */
  hasNext: boolean;
}

/**
 * v6 (and v7 for most collections) answer a bare array; v7/v8 answer a page.
 * Both become a Page; an item that cannot be read is left out and counted.
 */
export function pageSchema<T extends z.ZodType>(item: T) {
  const list = z.array(lenient(item));
  const PageBody = z.looseObject({
    offset: z.number().nullish(),
    limit: z.number().nullish(),
    totalCount: z.number().nullish(),
    results: list.nullish(),
    _links: z.record(z.string(), z.unknown()).nullish(),
  });
  return z.union([list, PageBody]).transform((body, ctx): Page<z.output<T>> => {
    if (Array.isArray(body)) {
      const { items, skipped } = settle(body, ctx, []);
      return {
        items,
        skipped,
        offset: 0,
        limit: body.length,
        totalCount: body.length,
        hasNext: false,
      };
    }
    const { items, skipped } = settle(body.results ?? [], ctx, ['results']);
    const offset = body.offset ?? 0;
    const totalCount = body.totalCount ?? null;
    const received = body.results?.length ?? 0;
    // No public example shows v8 sending `_links.next`: when a page comes with no count and no
    // links at all, a full page may have more behind it (an empty next page then ends the walk).
    const fullPageWithoutLinks =
      totalCount === null && !body._links && body.limit != null && received >= body.limit;
    const hasNext =
      Boolean(body._links?.next) ||
      (totalCount !== null && offset + received < totalCount) ||
      fullPageWithoutLinks;
    return { items, skipped, offset, limit: body.limit ?? received, totalCount, hasNext };
  });
}

/** Every field as the server sent it, without the links (shown on their own). */
export function rawFields(value: Record<string, unknown>): Record<string, unknown> {
  const { _links: _ignored, ...rest } = value;
  return rest;
}
