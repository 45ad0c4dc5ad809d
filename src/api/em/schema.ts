/**
 * Shapes every EM resource shares (docs/api-notes.md#em-representation): Links,
 * references, entity lists and query results. Empty lists arrive as `null`,
 * `[]` or a missing key; all three mean "none".
 */
import { z } from 'zod';
import { parseUtc } from '@/lib/dates';
import { idFromHref, idFromUid, isSafeId } from '../href';
import { lenient, settle } from '../tolerant-list';

export const LinkSchema = z
  .object({
    Rel: z.string(),
    Href: z.string(),
    Name: z.string().nullish(),
    Type: z.string().nullish(),
  })
  .transform((link) => ({
    rel: link.Rel,
    href: link.Href,
    name: link.Name ?? null,
    type: link.Type ?? null,
  }));
export type Link = z.output<typeof LinkSchema>;

const LinksSchema = z
  .array(LinkSchema)
  .nullish()
  .transform((links) => links ?? []);

/** A date-time the API sends as UTC text, parsed to a Date (0–7 fraction digits). */
export const UtcDateSchema = z.string().transform((value, ctx) => {
  const date = parseUtc(value);
  if (!date) {
    ctx.addIssue({ code: 'custom', message: `not a date-time: "${value}"` });
    return z.NEVER;
  }
  return date;
});

/** Fields every reference and entity carries. Extra fields are kept in `raw`. */
export const ResourceSchema = z.looseObject({
  UID: z.string().nullish(),
  Name: z.string(),
  Href: z.string(),
  Type: z.string().nullish(),
  Links: LinksSchema,
});

export interface EmResource {
  id: string;
  uid: string | null;
  name: string;
  href: string;
  type: string | null;
  links: Link[];
  /** Every field the server sent, for the "all fields" view. */
  raw: Record<string, unknown>;
}

/**
 * The shared fields of a resource. Its id comes from the UID, else the Href; an
 * item that yields no usable id fails its own parse (the caller's `ctx`), so a
 * list can leave it out instead of linking to a page that cannot exist.
 */
export function toResource(
  value: z.output<typeof ResourceSchema>,
  ctx: z.RefinementCtx,
): EmResource {
  const { UID, Name, Href, Type, Links, ...rest } = value;
  const id = UID ? idFromUid(UID) : idFromHref(Href);
  if (id === null || !isSafeId(id)) {
    ctx.addIssue({ code: 'custom', path: ['UID'], message: 'no usable id in UID or Href' });
  }
  return {
    id: id ?? '',
    uid: UID ?? null,
    name: Name,
    href: Href,
    type: Type ?? null,
    links: Links,
    raw: { UID, Name, Href, Type, ...rest },
  };
}

export const ReferenceSchema = ResourceSchema.transform(toResource);
export type Reference = EmResource;

/** `{"Refs":[...]}` — a plain collection of references; one that cannot be read is left out. */
export const ReferenceListSchema = z
  .looseObject({ Refs: z.array(lenient(ReferenceSchema)).nullish() })
  .transform((body, ctx) => settle(body.Refs ?? [], ctx, ['Refs']));
export type ReferenceList = z.output<typeof ReferenceListSchema>;

/** What an `Up` link names: the parent's id, its name when the server gave one, its Href (an Href that names no id counts as no link). */
export interface LinkTarget {
  id: string;
  name: string | null;
  href: string;
}

/** The parent of the given type (`BackupReference`, `BackupServerReference`, …), if linked. */
export function upTarget(links: Link[], type: string): LinkTarget | null {
  const link = findLink(links, 'Up', type);
  const id = link ? idFromHref(link.href) : null;
  return link && id ? { id, name: link.name, href: link.href } : null;
}

/** Links by relation and type, e.g. the `Up` link to the backup. */
export function findLink(links: Link[], rel: string, type?: string): Link | undefined {
  return links.find(
    (link) =>
      link.rel.toLowerCase() === rel.toLowerCase() &&
      (type === undefined || link.type?.toLowerCase() === type.toLowerCase()),
  );
}
