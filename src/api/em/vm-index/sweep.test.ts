import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpResponse, getResponse, http } from 'msw';
import { TEST_NOW, handlers, server } from '@/mocks/node';
import { DAY_MS, HOUR_MS } from '@/lib/dates';
import { signInToEm } from '@/test/render';
import { compare } from '../filter';
import { fetchEntitiesByUid, fetchWholeList } from '../query';
import { restorePointPage } from '../restore-points';
import { vmRestorePointFilters, vmRestorePointPage } from '../vm-restore-points';
import { VmIndexBuilder, type SweptPoint } from './builder';
import { buildVmIndex, nameOffset, type VmIndexProgress } from './sweep';

/** Demo data the help-desk journeys rely on (src/mocks/fixtures). */
const FACTS = {
  freshVm: 'sql01',
  freshBackup: 'SQL Daily',
  copyBackup: 'SQL Offsite Copy',
  staleVm: 'legacy-app01',
  staleBackup: 'Legacy Apps',
  quotedVm: 'file server "old"',
  nonAsciiVm: 'büro-dc01',
  branchStaleVm: 'branch-archive01',
  retiredVm: 'erp-old01',
};

let queries: URL[] = [];
const record = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/sessionMngr'))
    queries.push(url);
};

beforeEach(async () => {
  await signInToEm();
  queries = [];
  server.events.on('request:start', record);
});
afterEach(() => {
  server.events.removeListener('request:start', record);
});

describe('VM-name index', () => {
  it('aggregates every VM restore point per VM in one paged sweep: entities first, then references', async () => {
    const progress: VmIndexProgress[] = [];
    const index = await buildVmIndex({ pageSize: 1000, onProgress: (p) => progress.push(p) });

    const sweep = queries.filter(
      (url) => url.searchParams.get('type') === 'VmRestorePoint' && !url.searchParams.has('filter'),
    );
    expect(sweep.length).toBe(index.pages);
    expect(index.pages).toBeGreaterThan(1);
    expect(sweep.map((url) => url.searchParams.get('format'))).toEqual([
      'Entities',
      ...Array.from({ length: index.pages - 1 }, () => 'References'),
    ]);
    for (const url of sweep) {
      expect(url.pathname).toBe('/api/query');
      expect(url.searchParams.get('sortDesc')).toBe('CreationTime');
      expect(url.searchParams.get('pageSize')).toBe('1000');
    }
    // Then one batch for the newest points that came as references (the retired VM's is too
    // old for page 1), one for the backups of the newest points; nothing per VM or per backup.
    const others = queries.filter((url) => !sweep.includes(url));
    expect(others.map((url) => url.searchParams.get('type'))).toEqual([
      'VmRestorePoint',
      'RestorePoint',
    ]);
    expect(others[0]?.searchParams.get('filter')).toMatch(
      /^UID=="urn:veeam:VmRestorePoint:[^"]+"$/,
    );
    expect(progress.map((p) => p.pagesDone)).toEqual(
      Array.from({ length: index.pages }, (_, i) => i + 1),
    );
    expect(progress.every((p) => p.pagesTotal === index.pages)).toBe(true);
    expect(index.entries.reduce((sum, entry) => sum + entry.count, 0)).toBe(index.points);

    // sql01 is in two backups: the count, newest and oldest points match the VM's own query.
    const sql01 = await fetchWholeList('VmRestorePoint', vmRestorePointPage, {
      filter: vmRestorePointFilters.ofVm(FACTS.freshVm),
      sort: { field: 'CreationTime', direction: 'desc' },
    });
    const entry = index.entries.find((e) => e.key === 'sql01');
    expect(entry).toMatchObject({ name: 'sql01', count: sql01.length });
    expect(entry?.newest).toMatchObject({
      id: sql01[0]?.id,
      time: sql01[0]?.creationTime,
      pointType: sql01[0]?.pointType,
      backupServer: 'vbr-hq.corp.local',
      exact: true,
    });
    // Older points came as references: their times are the names' seconds.
    expect(entry?.oldest.getTime()).toBe(
      Math.floor((sql01.at(-1)?.creationTime.getTime() ?? 0) / 1000) * 1000,
    );
    expect(entry?.backupServers).toEqual(['vbr-hq.corp.local']);
    const [parent] = await fetchEntitiesByUid('RestorePoint', restorePointPage, [
      `urn:veeam:RestorePoint:${sql01[0]?.restorePoint?.id ?? ''}`,
    ]);
    expect(entry?.backup).toEqual({ id: parent?.backup?.id, name: parent?.backup?.name });
  });

  it('knows the stale VM exactly (its newest point came as a reference), and odd names', async () => {
    const index = await buildVmIndex();
    const byName = new Map(index.entries.map((entry) => [entry.name, entry]));
    const stale = byName.get(FACTS.staleVm);
    expect(stale?.newest.exact).toBe(true);
    expect(stale?.newest.pointType).not.toBeNull();
    expect(TEST_NOW.getTime() - (stale?.newest.time.getTime() ?? 0)).toBeGreaterThan(72 * HOUR_MS);
    expect(stale?.backup?.name).toBe(FACTS.staleBackup);
    expect(byName.get(FACTS.branchStaleVm)?.newest.backupServer).toBe('vbr-branch.corp.local');
    expect(byName.get(FACTS.retiredVm)?.newest).toMatchObject({
      exact: true,
      backupServer: 'vbr-hq.corp.local',
    });
    expect(byName.has(FACTS.quotedVm)).toBe(true);
    expect(byName.has(FACTS.nonAsciiVm)).toBe(true);
    expect(new Set(index.entries.map((entry) => entry.key)).size).toBe(index.entries.length);
  });

  it('updates a finished index with only the points created since it began', async () => {
    // The index as it stood two days ago: every point up to then, folded independently.
    const cutoff = new Date(TEST_NOW.getTime() - 2 * DAY_MS);
    const before = await fetchWholeList('VmRestorePoint', vmRestorePointPage, {
      filter: compare('CreationTime', '<=', cutoff),
    });
    const old = new VmIndexBuilder();
    old.add(
      before.map((point) => ({
        id: point.id,
        uid: point.uid,
        name: point.name,
        vmName: point.vmName,
        time: point.creationTime,
        pointType: point.pointType,
        restorePointId: point.restorePoint?.id ?? null,
        backupServer: point.backupServer?.name ?? null,
        exact: true,
      })),
    );
    queries = [];
    const update = await buildVmIndex({
      since: { startedAt: cutoff, entries: old.entries(), points: old.points },
    });
    const sweep = queries.filter((url) => url.searchParams.get('type') === 'VmRestorePoint');
    expect(sweep[0]?.searchParams.get('filter')).toBe(`CreationTime>"${cutoff.toISOString()}"`);
    expect(sweep.length).toBeLessThan(before.length / 1000 + 1);

    const full = await buildVmIndex();
    expect(update.points).toBe(full.points);
    const summary = (index: typeof full) =>
      Object.fromEntries(
        index.entries.map((entry) => [
          entry.key,
          [entry.count, entry.newest.id, entry.backup?.name],
        ]),
      );
    expect(summary(update)).toEqual(summary(full));
  });

  it('stops when a page brings nothing new, however many pages the server announces', async () => {
    const repeat = http.get('*/api/query', async ({ request }) => {
      const url = new URL(request.url);
      url.searchParams.set('page', '1'); // every page is the first one again
      const response = await getResponse(handlers, new Request(url, { headers: request.headers }));
      const body = JSON.parse((await response!.text()).replace(/^\uFEFF/, '')) as {
        PagingInfo: { PagesCount: number };
      };
      body.PagingInfo.PagesCount = 500;
      return HttpResponse.json(body);
    });
    server.use(repeat);
    const index = await buildVmIndex({ pageSize: 100 });
    const sweep = queries.filter((url) => url.searchParams.get('type') === 'VmRestorePoint');
    expect(sweep.length).toBeLessThanOrEqual(4); // page 1, then at most one wave of three
    expect(index.points).toBe(100);
  });

  it('asks again for a page that failed on the way, and completes as if it had not', async () => {
    const clean = await buildVmIndex({ pageSize: 1000 });
    let failed = 0;
    server.use(
      http.get('*/api/query', ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.get('format') !== 'References' || url.searchParams.get('page') !== '2')
          return undefined; // answered as usual
        failed += 1;
        return failed === 1 ? HttpResponse.json({ Message: 'Busy' }, { status: 500 }) : undefined;
      }),
    );
    const index = await buildVmIndex({ pageSize: 1000 });
    expect(failed).toBe(2); // the 500, then the same page again
    expect(index.points).toBe(clean.points);
    expect(index.entries).toEqual(clean.entries);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const sweep = buildVmIndex({
      pageSize: 200,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.pagesDone === 2) controller.abort();
      },
    });
    await expect(sweep).rejects.toMatchObject({ name: 'AbortError' });
    expect(queries.length).toBeLessThan(6);
  });
});

describe('reading references', () => {
  const swept = (name: string, time: string): SweptPoint => ({
    id: name,
    uid: null,
    name,
    vmName: 'vm',
    time: new Date(time),
    pointType: null,
    restorePointId: null,
    backupServer: null,
    exact: true,
  });

  it('finds how far names run ahead of UTC (none, or a server zone), ignoring odd names', () => {
    expect(nameOffset([swept('vm@2025-06-16 04:00:52', '2025-06-16T04:00:52.107Z')])).toBe(0);
    expect(
      nameOffset([
        swept('vm@2025-06-16 06:00:52', '2025-06-16T04:00:52Z'),
        swept('vm@2025-06-16 07:00:10', '2025-06-16T05:00:09Z'),
        swept('odd name', '2025-06-16T05:00:09Z'),
      ]),
    ).toBe(2 * HOUR_MS);
  });
});

describe('VmIndexBuilder', () => {
  const point = (uid: string, vmName: string, time: string, type: string | null = 'Increment') => ({
    id: uid,
    uid: `urn:veeam:VmRestorePoint:${uid}`,
    name: `${vmName}@${time}`,
    vmName,
    time: new Date(time),
    pointType: type,
    restorePointId: `rp${uid}`,
    backupServer: 'vbr01',
    exact: type !== null,
  });

  it('groups names ignoring case, keeps the newest spelling and counts a point seen twice once', () => {
    const builder = new VmIndexBuilder();
    builder.add([
      point('1', 'SQL01', '2025-06-15T01:00:00Z', 'Full'),
      point('2', 'sql01', '2025-06-16T01:00:00Z'),
    ]);
    builder.add([
      point('2', 'sql01', '2025-06-16T01:00:00Z'),
      point('3', 'sql01', '2025-06-14T01:00:00Z'),
    ]);
    const [entry] = builder.entries();
    expect(builder.points).toBe(3);
    expect(entry).toMatchObject({
      key: 'sql01',
      name: 'sql01',
      count: 3,
      backupServers: ['vbr01'],
    });
    expect(entry?.newest).toMatchObject({
      id: '2',
      pointType: 'Increment',
      time: new Date('2025-06-16T01:00:00Z'),
    });
    expect(entry?.oldest).toEqual(new Date('2025-06-14T01:00:00Z'));
  });

  it('looks up exactly only the newest points that came from references, and each backup once', () => {
    const builder = new VmIndexBuilder();
    builder.add([
      point('1', 'a', '2025-06-16T01:00:00Z'),
      point('2', 'b', '2025-06-15T01:00:00Z', null),
      point('3', 'b', '2025-06-14T01:00:00Z', null),
    ]);
    expect(builder.inexactNewest().map((p) => p.id)).toEqual(['2']);
    builder.settle([point('2', 'b', '2025-06-15T01:00:00.5Z', 'Full')]);
    expect(builder.inexactNewest()).toEqual([]);
    expect(builder.restorePointsWithoutBackup().sort()).toEqual(['rp1', 'rp2']);
    builder.setBackups(new Map([['rp1', { id: 'b1', name: 'Job 1' }]]));
    expect(builder.entries().map((e) => e.backup)).toEqual([{ id: 'b1', name: 'Job 1' }, null]);
  });
});
