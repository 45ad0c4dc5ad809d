/**
 * The VM-name index behind the header search. The query service has no
 * substring operator (only exact, case-insensitive `==`), so typing part of a
 * name needs the names up front: one paged sweep over every VM restore point
 * (newest first, 1000 per page), folded page by page into one entry per VM.
 * Only the per-VM aggregate is kept, never the entities.
 */
import { fetchAllPages, type QueryPage } from './query';
import { vmRestorePointPage, type VmRestorePoint } from './vm-restore-points';

export const VM_INDEX_PAGE_SIZE = 1000;

export interface VmIndexPoint {
  id: string;
  uid: string | null;
  name: string;
  time: Date;
  pointType: string | null;
}

export interface VmIndexEntry {
  /** The VM name in lower case: the query service matches names ignoring case. */
  key: string;
  /** The name as the server spells it on the newest point. */
  name: string;
  /** VM restore points across all backups. */
  count: number;
  newest: VmIndexPoint;
  oldest: Date;
  /** Backup servers that hold points of this VM (from the points' Up links). */
  backupServers: string[];
}

export interface VmIndexProgress {
  pagesDone: number;
  pagesTotal: number;
  points: number;
  /** What the sweep has found so far, for searching while it runs. */
  entries: VmIndexEntry[];
}

export interface VmIndex {
  entries: VmIndexEntry[];
  points: number;
  pages: number;
  /** When the sweep started: the names are as of this moment. */
  startedAt: Date;
  finishedAt: Date;
}

interface MutableEntry extends Omit<VmIndexEntry, 'backupServers'> {
  backupServers: Set<string>;
}

/** Folds VM restore points into per-VM entries; a point seen twice (pages shifting) counts once. */
export class VmIndexBuilder {
  private readonly byKey = new Map<string, MutableEntry>();
  private readonly seen = new Set<string>();
  points = 0;

  add(points: readonly VmRestorePoint[]): void {
    for (const point of points) {
      const pointKey = point.uid ?? point.id;
      if (this.seen.has(pointKey)) continue;
      this.seen.add(pointKey);
      this.points += 1;
      const key = point.vmName.toLowerCase();
      const server = point.backupServer?.name;
      const entry = this.byKey.get(key);
      if (!entry) {
        this.byKey.set(key, {
          key,
          name: point.vmName,
          count: 1,
          newest: summary(point),
          oldest: point.creationTime,
          backupServers: new Set(server ? [server] : []),
        });
        continue;
      }
      entry.count += 1;
      if (server) entry.backupServers.add(server);
      if (point.creationTime > entry.newest.time) {
        entry.newest = summary(point);
        entry.name = point.vmName;
      }
      if (point.creationTime < entry.oldest) entry.oldest = point.creationTime;
    }
  }

  entries(): VmIndexEntry[] {
    return Array.from(this.byKey.values(), (entry) => ({
      ...entry,
      backupServers: [...entry.backupServers].sort(),
    }));
  }
}

function summary(point: VmRestorePoint): VmIndexPoint {
  return {
    id: point.id,
    uid: point.uid,
    name: point.name,
    time: point.creationTime,
    pointType: point.pointType,
  };
}

/**
 * Builds the index in one paged sweep of the query service. Each page is folded
 * into the builder as it is parsed and dropped, so memory holds one page plus
 * the aggregate. `signal` cancels the sweep; `onProgress` runs after every page.
 */
export async function buildVmIndex(
  options: {
    signal?: AbortSignal;
    onProgress?: (progress: VmIndexProgress) => void;
    pageSize?: number;
    now?: () => Date;
  } = {},
): Promise<VmIndex> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const builder = new VmIndexBuilder();
  // Each page becomes one "item": its size. fetchAllPages stops on an empty page, so keep [0] out.
  const foldingPage = vmRestorePointPage.transform((page): QueryPage<number> => {
    builder.add(page.items);
    return { items: page.items.length ? [page.items.length] : [], paging: page.paging };
  });
  const pages = await fetchAllPages(
    {
      type: 'VmRestorePoint',
      format: 'Entities',
      sortDesc: 'CreationTime',
      pageSize: options.pageSize ?? VM_INDEX_PAGE_SIZE,
    },
    foldingPage,
    {
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (done, total) => {
        options.onProgress?.({
          pagesDone: done,
          pagesTotal: total,
          points: builder.points,
          entries: builder.entries(),
        });
      },
    },
  );
  return {
    entries: builder.entries(),
    points: builder.points,
    pages: Math.max(1, pages.length),
    startedAt,
    finishedAt: now(),
  };
}
