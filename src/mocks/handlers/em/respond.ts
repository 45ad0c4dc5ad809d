/**
 * How the EM server writes JSON: optional UTF-8 BOM, the Veeam error body, reference lists
 * whose empty form is configurable, and absolute links (docs/api-notes.md#em-transport,
 * #em-errors, #em-representation).
 */
import { HttpResponse } from 'msw';
import type { EmContext } from './context';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface EmLink {
  [key: string]: string;
  Rel: string;
  Href: string;
}

/** A link with `Name`/`Type` left out (not null) when there is none, in the server's key order. */
export function link(rel: string, href: string, type?: string, name?: string): EmLink {
  const result: EmLink = { Rel: rel, Href: href };
  if (name !== undefined) result.Name = name;
  if (type !== undefined) result.Type = type;
  return result;
}

/** The trailing `Links, UID, Name, Href, Type` every reference and entity carries. */
export function resource(
  fields: Record<string, Json>,
  links: EmLink[],
  uid: string,
  name: string,
  href: string,
  type: string,
): Record<string, Json> {
  return { ...fields, Links: links, UID: uid, Name: name, Href: href, Type: type };
}

export function emJson(
  ctx: EmContext,
  body: Json,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  const text = JSON.stringify(body);
  return new HttpResponse(ctx.bom ? `\uFEFF${text}` : text, {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

/** Veeam's `Error` body; the key order is the one captured from a real server. */
export function emError(
  ctx: EmContext,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const body = {
    FirstChanceExceptionMessage: null,
    Message: message,
    StackTrace: null,
    Status: null,
    StatusCode: status,
  };
  return emJson(ctx, body, status, headers);
}

export const notFound = (ctx: EmContext, kind: string, id: string): Response =>
  emError(ctx, 404, `${kind} with ID '${id}' was not found.`);

/** The inner `{"Refs": …}` object; an empty list follows `options.emptyRefs`. */
export function refsBody(ctx: EmContext, refs: Json[]): Record<string, Json> {
  if (refs.length > 0) return { Refs: refs };
  if (ctx.emptyRefs === 'missing') return {};
  return { Refs: ctx.emptyRefs === 'empty' ? [] : null };
}

/** Query parameters by lower-cased name: the server ignores the casing of names. */
export function queryParams(request: Request): Map<string, string> {
  const params = new Map<string, string>();
  for (const [key, value] of new URL(request.url).searchParams) {
    const name = key.toLowerCase();
    if (!params.has(name)) params.set(name, value);
  }
  return params;
}

/** `format=Entity` (any casing; `Entities` too) selects entities over references. */
export function wantsEntity(request: Request): boolean {
  const format = queryParams(request).get('format')?.toLowerCase();
  return format === 'entity' || format === 'entities';
}
