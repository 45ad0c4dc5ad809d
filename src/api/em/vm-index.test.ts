import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_NOW } from '@/mocks/node';
import { signInToEm } from '@/test/render';
import { recordRequests, urls } from '@/test/requests';
import { VmIndexBuilder, buildVmIndex, type VmIndexProgress } from './vm-index';
import { VmRestorePointSchema, fetchVmRestorePointsOfVm } from './vm-restore-points';

/** Demo data the help-desk journeys rely on (src/mocks/fixtures). */
const FACTS = {
  freshVm: 'sql01',
  freshBackup: 'SQL Daily',
  copyBackup: 'SQL Offsite Copy',
  staleVm: 'legacy-app01',
  quotedVm: 'file server "old"',
  nonAsciiVm: 'büro-dc01',
};
const HOUR = 3_600_000;

let requests: Request[] = [];
/** The data requests since the test signed in (or since `requests.length = 0`). */
const queries = () =>
  urls(requests).filter(
    (url) => url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/sessionMngr'),
  );

beforeEach(async () => {
  await signInToEm();
  requests = recordRequests();
});

describe('VM-name index', () => {
  it('aggregates every VM restore point per VM name in one paged sweep of the query service', async () => {
    const progress: VmIndexProgress[] = [];
    const index = await buildVmIndex({ pageSize: 1000, onProgress: (p) => progress.push(p) });

    // Only query-service pages, sorted newest first, no per-backup crawl.
    expect(queries().length).toBe(index.pages);
    expect(index.pages).toBeGreaterThan(1);
    for (const url of queries()) {
      expect(url.pathname).toBe('/api/query');
      expect(url.searchParams.get('type')).toBe('VmRestorePoint');
      expect(url.searchParams.get('format')).toBe('Entities');
      expect(url.searchParams.get('sortDesc')).toBe('CreationTime');
      expect(url.searchParams.get('pageSize')).toBe('1000');
    }
    expect(progress.map((p) => p.pagesDone)).toEqual(
      Array.from({ length: index.pages }, (_, i) => i + 1),
    );
    expect(progress.every((p) => p.pagesTotal === index.pages)).toBe(true);
    expect(progress.at(-1)?.points).toBe(index.points);
    expect(index.entries.reduce((sum, entry) => sum + entry.count, 0)).toBe(index.points);

    // sql01 is in two backups: the count and newest point match the VM's own query.
    requests.length = 0;
    const sql01 = await fetchVmRestorePointsOfVm(FACTS.freshVm);
    const entry = index.entries.find((e) => e.key === 'sql01');
    expect(entry).toMatchObject({ name: 'sql01', count: sql01.length });
    expect(entry?.newest.time).toEqual(sql01[0]?.creationTime);
    expect(entry?.newest.id).toBe(sql01[0]?.id);
    expect(entry?.newest.pointType).toBe(sql01[0]?.pointType);
    expect(entry?.oldest).toEqual(sql01.at(-1)?.creationTime);
    expect(entry?.backupServers).toEqual(['vbr-hq.corp.local']);
  });

  it('knows the stale VM, names with quotes and non-ASCII names', async () => {
    const index = await buildVmIndex();
    const byName = new Map(index.entries.map((entry) => [entry.name, entry]));
    const stale = byName.get(FACTS.staleVm);
    expect(stale).toBeDefined();
    expect(TEST_NOW.getTime() - (stale?.newest.time.getTime() ?? 0)).toBeGreaterThan(72 * HOUR);
    expect(byName.has(FACTS.quotedVm)).toBe(true);
    expect(byName.has(FACTS.nonAsciiVm)).toBe(true);
    expect(new Set(index.entries.map((entry) => entry.key)).size).toBe(index.entries.length);
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
    expect(queries().length).toBe(2);
  });
});

describe('VmIndexBuilder', () => {
  const point = (uid: string, vmName: string, time: string, type = 'Increment') =>
    VmRestorePointSchema.parse({
      UID: `urn:veeam:VmRestorePoint:${uid}`,
      Name: `${vmName}@${time}`,
      Href: `https://em:9398/api/vmRestorePoints/${uid}?format=Entity`,
      Type: 'VmRestorePoint',
      Links: [
        {
          Rel: 'Up',
          Href: 'https://em:9398/api/backupServers/s1',
          Name: 'vbr01',
          Type: 'BackupServerReference',
        },
      ],
      CreationTimeUTC: time,
      VmName: vmName,
      PointType: type,
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
});
