/**
 * Builds the VM-name index from the query service, which has no substring
 * operator (only exact `==`), so typing part of a name needs the names up front.
 *
 * One paged sweep over the VM restore points, newest first, so the names of
 * recently backed-up VMs are searchable after the first pages. Page 1 comes as
 * entities; the rest as references, the lightest form that still carries what
 * the index needs (UID, the Up links, and `Name` = `<vm>@yyyy-MM-dd HH:mm:ss`).
 * A reference has no UTC time or point type: its name's time is read with the
 * offset page 1 shows between names and `CreationTimeUTC` (the docs call the
 * name local time; examples show UTC — docs/api-notes.md#em-dates-and-names),
 * and the few newest points that came from references are looked up exactly
 * by UID afterwards. Then the backups of the newest points, once per job run.
 * A few pages are in flight at a time; a page that brings nothing new ends it.
 * Each request is sent again like a query's (src/api/retry-policy.ts): one
 * 500 among hundreds of pages must not throw the whole sweep away.
 */
import { z } from 'zod';
import { compare } from '../filter';
import { emGet } from '../http';
import {
  fetchEntitiesByUid,
  queryEntitiesSchema,
  queryPath,
  queryReferencesSchema,
} from '../query';
import { restorePointPage } from '../restore-points';
import { LinkSchema, UtcDateSchema, findLink, type Link } from '../schema';
import { idFromHref, idFromUid } from '../../href';
import { withRetries } from '../../retry-policy';
import { VmIndexBuilder, type SweptPoint, type VmIndexEntry } from './builder';

export const VM_INDEX_PAGE_SIZE = 1000;
const IN_FLIGHT = 3;
/** A stop for a server that keeps announcing pages: 2.5 million points. */
const MAX_PAGES = 2500;

export interface VmIndexProgress {
  pagesDone: number;
  pagesTotal: number;
  points: number;
  /** What the sweep has found so far, for searching while it runs (left out between snapshots). */
  entries?: VmIndexEntry[];
}

export interface VmIndex {
  entries: VmIndexEntry[];
  points: number;
  pages: number;
  /** When the sweep started: the names are as of this moment. */
  startedAt: Date;
  finishedAt: Date;
}

export interface SweepOptions {
  signal?: AbortSignal;
  onProgress?: (progress: VmIndexProgress) => void;
  pageSize?: number;
  now?: () => Date;
  /** An update: only points created after the previous sweep began, folded into its index. */
  since?: { startedAt: Date; entries: readonly VmIndexEntry[]; points: number };
}

const LinksSchema = z.array(LinkSchema).nullish();

function upParts(links: Link[] | null | undefined) {
  const list = links ?? [];
  const restorePoint = findLink(list, 'Up', 'RestorePointReference');
  return {
    restorePointId: restorePoint ? idFromHref(restorePoint.href) : null,
    backupServer: findLink(list, 'Up', 'BackupServerReference')?.name ?? null,
  };
}

/** Only the fields the index keeps, so parsing a 1000-point page stays cheap. */
const EntitySchema = z
  .looseObject({
    UID: z.string().nullish(),
    Name: z.string(),
    Href: z.string(),
    VmName: z.string().nullish(),
    PointType: z.string().nullish(),
    CreationTimeUTC: UtcDateSchema.optional(),
    CreationTimeUtc: UtcDateSchema.optional(),
    CreationTime: UtcDateSchema.optional(),
    Links: LinksSchema,
  })
  .transform((value): SweptPoint => ({
    id: (value.UID ? idFromUid(value.UID) : idFromHref(value.Href)) ?? value.Name,
    uid: value.UID ?? null,
    name: value.Name,
    vmName: value.VmName ?? vmNameOf(value.Name),
    time: value.CreationTimeUTC ?? value.CreationTimeUtc ?? value.CreationTime ?? null,
    pointType: value.PointType ?? null,
    ...upParts(value.Links),
    exact: true,
  }));
const entityPage = queryEntitiesSchema('VmRestorePoints', EntitySchema);

/** `sql01@2025-06-16 04:00:52` → `sql01`; `…` → its time, read as UTC. */
const NAME = /^(.*)@(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/;
function vmNameOf(name: string): string {
  return NAME.exec(name)?.[1] ?? name;
}
function nameTime(name: string): Date | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const date = new Date(`${match[2] ?? ''}T${match[3] ?? ''}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function fromReference(offsetMs: number) {
  return (ref: { uid: string | null; id: string; name: string; links: Link[] }): SweptPoint => {
    const time = nameTime(ref.name);
    return {
      id: ref.id,
      uid: ref.uid,
      name: ref.name,
      vmName: vmNameOf(ref.name),
      time: time && new Date(time.getTime() - offsetMs),
      pointType: null,
      ...upParts(ref.links),
      exact: false,
    };
  };
}

/**
 * How far names run ahead of UTC, from points that carry both: the most common
 * difference, to the quarter hour (0 when names are UTC, as the examples show).
 */
export function nameOffset(points: readonly SweptPoint[]): number {
  const counts = new Map<number, number>();
  for (const point of points) {
    const named = nameTime(point.name);
    if (!named || !point.time) continue;
    const quarter = 15 * 60_000;
    const offset = Math.round((named.getTime() - point.time.getTime()) / quarter) * quarter;
    counts.set(offset, (counts.get(offset) ?? 0) + 1);
  }
  let best = 0;
  let most = 0;
  for (const [offset, count] of counts) {
    if (count > most) [best, most] = [offset, count];
  }
  return best;
}

export async function buildVmIndex(options: SweepOptions = {}): Promise<VmIndex> {
  const { signal, since } = options;
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const pageSize = options.pageSize ?? VM_INDEX_PAGE_SIZE;
  const builder = since ? VmIndexBuilder.from(since.entries, since.points) : new VmIndexBuilder();
  const base = {
    type: 'VmRestorePoint',
    sortDesc: 'CreationTime',
    pageSize,
    ...(since ? { filter: compare('CreationTime', '>', since.startedAt) } : {}),
  };
  const get = <S extends z.ZodType>(path: string, schema: S) =>
    withRetries(() => emGet(path, schema, signal), signal);
  const report = (pagesDone: number, pagesTotal: number) => {
    options.onProgress?.({
      pagesDone,
      pagesTotal,
      points: builder.points,
      entries: builder.entries(),
    });
  };

  const first = await get(queryPath({ ...base, format: 'Entities', page: 1 }), entityPage);
  builder.add(first.items);
  const offset = nameOffset(first.items);
  const pagesTotal = Math.min(Math.max(1, first.paging?.pagesCount ?? 1), MAX_PAGES);
  let pagesDone = 1;
  report(pagesDone, pagesTotal);

  const toPoint = fromReference(offset);
  let next = 2;
  let exhausted = first.items.length === 0;
  // Names that do not read as `<vm>@<time>` (a server unlike the docs): entities from then on.
  let asEntities = false;
  const fetchPage = async (page: number): Promise<SweptPoint[]> => {
    if (!asEntities) {
      const refs = await get(
        queryPath({ ...base, format: 'References', page }),
        queryReferencesSchema,
      );
      const points = refs.items.map(toPoint);
      if (points.every((point) => point.time)) return points;
      asEntities = true;
    }
    return (await get(queryPath({ ...base, format: 'Entities', page }), entityPage)).items;
  };
  const worker = async () => {
    while (!exhausted && next <= pagesTotal) {
      const page = next++;
      if (builder.add(await fetchPage(page)) === 0) exhausted = true;
      pagesDone += 1;
      report(pagesDone, pagesTotal);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));

  const inexact = builder.inexactNewest();
  if (inexact.length) {
    const uids = inexact.map((point) => point.uid ?? `urn:veeam:VmRestorePoint:${point.id}`);
    builder.settle(
      await withRetries(
        () => fetchEntitiesByUid('VmRestorePoint', entityPage, uids, signal),
        signal,
      ),
    );
  }
  const parents = builder.restorePointsWithoutBackup();
  if (parents.length) {
    const points = await withRetries(
      () =>
        fetchEntitiesByUid(
          'RestorePoint',
          restorePointPage,
          parents.map((id) => `urn:veeam:RestorePoint:${id}`),
          signal,
        ),
      signal,
    );
    builder.setBackups(
      new Map(
        points.map((point) => [
          point.id.toLowerCase(),
          point.backup ? { id: point.backup.id, name: point.backup.name } : null,
        ]),
      ),
    );
  }
  return {
    entries: builder.entries(),
    points: builder.points,
    pages: pagesDone,
    startedAt,
    finishedAt: now(),
  };
}
