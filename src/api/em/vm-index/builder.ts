/**
 * The VM-name index: one entry per VM, folded from its restore points as the
 * sweep reads them. Only the per-VM aggregate is kept, never the points.
 */

/** A VM's newest restore point, as far as the index knows it. */
export interface VmIndexPoint {
  id: string;
  uid: string | null;
  name: string;
  time: Date;
  pointType: string | null;
  /** Its restore point (job run), whose backup the index looks up once. */
  restorePointId: string | null;
  /** The backup server that holds it (missing in indexes stored before it was kept). */
  backupServer?: string | null;
  /** The time and type come from the entity; else from the reference's name (see `sweep.ts`). */
  exact: boolean;
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
  /** The backup (job) of the newest point; undefined until looked up, null when unknown. */
  backup?: { id: string; name: string | null } | null;
}

/** One restore point as the sweep read it, entity or reference. */
export interface SweptPoint {
  id: string;
  uid: string | null;
  name: string;
  vmName: string;
  time: Date | null;
  pointType: string | null;
  restorePointId: string | null;
  backupServer: string | null;
  exact: boolean;
}

interface MutableEntry extends Omit<VmIndexEntry, 'backupServers'> {
  backupServers: Set<string>;
}

/** Folds points into per-VM entries; a point seen twice (pages shifting) counts once. */
export class VmIndexBuilder {
  private readonly byKey = new Map<string, MutableEntry>();
  private readonly seen = new Set<string>();
  points = 0;

  /** Continues from a finished index (an update adds only what is newer). */
  static from(entries: readonly VmIndexEntry[], points: number): VmIndexBuilder {
    const builder = new VmIndexBuilder();
    for (const entry of entries) {
      builder.byKey.set(entry.key, { ...entry, backupServers: new Set(entry.backupServers) });
    }
    builder.points = points;
    return builder;
  }

  /** Adds a page; returns how many points were new. */
  add(points: readonly SweptPoint[]): number {
    let added = 0;
    for (const point of points) {
      const pointKey = (point.uid ?? point.id).toLowerCase();
      if (this.seen.has(pointKey) || !point.time) continue;
      this.seen.add(pointKey);
      added += 1;
      this.points += 1;
      this.fold(point, point.time);
    }
    return added;
  }

  private fold(point: SweptPoint, time: Date): void {
    const key = point.vmName.toLowerCase();
    const entry = this.byKey.get(key);
    const server = point.backupServer;
    if (!entry) {
      this.byKey.set(key, {
        key,
        name: point.vmName,
        count: 1,
        newest: newestOf(point, time),
        oldest: time,
        backupServers: new Set(server ? [server] : []),
      });
      return;
    }
    entry.count += 1;
    if (server) entry.backupServers.add(server);
    if (time > entry.newest.time && point.id !== entry.newest.id) {
      entry.newest = newestOf(point, time);
      entry.name = point.vmName;
      delete entry.backup;
    }
    if (time < entry.oldest) entry.oldest = time;
  }

  /** Newest points whose time and type came from a reference name: to be looked up exactly. */
  inexactNewest(): VmIndexPoint[] {
    return [...this.byKey.values()].flatMap((entry) => (entry.newest.exact ? [] : [entry.newest]));
  }

  /** Replaces newest points with their entities (looked up by UID). */
  settle(exact: readonly SweptPoint[]): void {
    const byId = new Map(exact.map((point) => [point.id.toLowerCase(), point]));
    for (const entry of this.byKey.values()) {
      const point = byId.get(entry.newest.id.toLowerCase());
      if (point?.time) entry.newest = newestOf(point, point.time);
    }
  }

  /** Restore points whose backup the index does not know yet. */
  restorePointsWithoutBackup(): string[] {
    const ids = new Set<string>();
    for (const entry of this.byKey.values()) {
      if (entry.backup === undefined && entry.newest.restorePointId) {
        ids.add(entry.newest.restorePointId);
      }
    }
    return [...ids];
  }

  setBackups(backupOf: ReadonlyMap<string, { id: string; name: string | null } | null>): void {
    for (const entry of this.byKey.values()) {
      const id = entry.newest.restorePointId;
      if (entry.backup !== undefined || !id) continue;
      entry.backup = backupOf.get(id.toLowerCase()) ?? null;
    }
  }

  entries(): VmIndexEntry[] {
    return Array.from(this.byKey.values(), (entry) => ({
      ...entry,
      backupServers: [...entry.backupServers].sort(),
    }));
  }
}

function newestOf(point: SweptPoint, time: Date): VmIndexPoint {
  return {
    id: point.id,
    uid: point.uid,
    name: point.name,
    time,
    pointType: point.pointType,
    restorePointId: point.restorePointId,
    backupServer: point.backupServer,
    exact: point.exact,
  };
}
