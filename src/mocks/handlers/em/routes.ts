/**
 * The three route shapes every EM resource shares: a collection, one item by id and a
 * sub-collection under a parent. References by default, entities with `format=Entity`.
 */
import { http, type HttpHandler } from 'msw';
import { guarded, type EmContext } from './context';
import { emJson, notFound, refsBody, wantsEntity, type Json } from './respond';

/** How one resource type is written as a reference and as an entity. */
export interface Representation<T> {
  /** Entity type name, e.g. `Backup`; also the 404 message's noun. */
  kind: string;
  /** Key of an entity list, e.g. `Backups`. */
  plural: string;
  ref: (item: T) => Record<string, Json>;
  entity: (item: T) => Record<string, Json>;
}

export function listBody<T>(
  ctx: EmContext,
  request: Request,
  items: readonly T[],
  rep: Representation<T>,
): Json {
  if (wantsEntity(request)) return { [rep.plural]: items.map(rep.entity) };
  return refsBody(ctx, items.map(rep.ref));
}

export function collectionRoute<T>(
  ctx: EmContext,
  path: string,
  items: () => readonly T[],
  rep: Representation<T>,
): HttpHandler {
  return http.get(
    `*/api/${path}`,
    guarded(ctx, ({ request }) => emJson(ctx, listBody(ctx, request, items(), rep))),
  );
}

export function itemRoute<T>(
  ctx: EmContext,
  path: string,
  find: (id: string) => T | undefined,
  rep: Representation<T>,
): HttpHandler {
  return http.get(
    `*/api/${path}/:id`,
    guarded<{ id: string }>(ctx, ({ request, params }) => {
      const item = find(params.id);
      if (!item) return notFound(ctx, rep.kind, params.id);
      return emJson(ctx, wantsEntity(request) ? rep.entity(item) : rep.ref(item));
    }),
  );
}

/** `path` names the parent id `:id`, e.g. `backups/:id/restorePoints`. */
export function subCollectionRoute<P, T>(
  ctx: EmContext,
  path: string,
  parent: { kind: string; find: (id: string) => P | undefined },
  children: (item: P) => readonly T[],
  rep: Representation<T>,
): HttpHandler {
  return http.get(
    `*/api/${path}`,
    guarded<{ id: string }>(ctx, ({ request, params }) => {
      const item = parent.find(params.id);
      if (!item) return notFound(ctx, parent.kind, params.id);
      return emJson(ctx, listBody(ctx, request, children(item), rep));
    }),
  );
}
