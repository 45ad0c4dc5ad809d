import type { Reference } from '@/api/em/schema';

/** A reference list row with its entity once the query service has answered. */
export interface EnrichedRow<T> {
  ref: Reference;
  entity: T | undefined;
}

/** References show at once; entities fill in the columns when they arrive. */
export function enrich<T extends { id: string }>(
  refs: Reference[],
  entities: T[] | undefined,
): EnrichedRow<T>[] {
  const byId = new Map((entities ?? []).map((entity) => [entity.id.toLowerCase(), entity]));
  return refs.map((ref) => ({ ref, entity: byId.get(ref.id.toLowerCase()) }));
}
