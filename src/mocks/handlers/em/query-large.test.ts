/**
 * The query service on the `large` estate: indexed answers must equal a brute-force evaluation
 * (written here, independently of the service) and must not read every row. How fast is measured
 * by `npm run bench`, never here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createLargeEmStore } from '@/mocks/fixtures/em-large';
import { EM_LARGE_FACTS as F, type EmVmRestorePoint } from '@/mocks/fixtures/em-types';
import { parseFilter } from './filter';
import { createEmContext } from './index';
import { selectRows, type QueryRequest } from './query-plan';
import { createQueryTargets } from './query-types';
import { createStoreMock, type Ref } from './test-harness';

const NOW = new Date('2026-03-10T09:00:00Z');
const store = createLargeEmStore({ seed: 11, now: NOW });
const mock = createStoreMock(store);
const targets = createQueryTargets(createEmContext(store));
const vmTarget = targets.get('vmrestorepoint');

/** A point as the oracle sees it: plain fields, times as fixed-width text (sorts as instants). */
interface Row {
  row: number;
  point: EmVmRestorePoint;
  time: string;
  backupUid: string;
  serverUid: string;
}
const fixed = (iso: string) => {
  const [whole = '', fraction = ''] = iso.replace('Z', '').split('.');
  return `${whole}.${fraction.padEnd(7, '0')}`;
};
const rows: Row[] = Array.from({ length: store.vmRestorePoints.count }, (_, row) => {
  const point = store.vmRestorePoints.at(row);
  const backup = store.backups.at(store.backups.rowOf(point.backupId) ?? -1);
  const server = store.backupServers.at(store.backupServers.rowOf(point.backupServerId) ?? -1);
  return {
    row,
    point,
    time: fixed(point.creationTimeUtc),
    backupUid: backup.uid,
    serverUid: server.uid,
  };
});
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const byTime = (a: Row, b: Row) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0);
const byName = (a: Row, b: Row) => {
  const [x, y] = [a.point.name.toLowerCase(), b.point.name.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};
/** Filter, stable sort (natural order breaks ties), page: what the service must answer. */
function oracle(
  keep: (row: Row) => boolean,
  sort: ((a: Row, b: Row) => number) | null,
  page: number,
  pageSize: number,
) {
  const matching = rows.filter(keep);
  if (sort) matching.sort(sort);
  return {
    total: matching.length,
    uids: matching.slice((page - 1) * pageSize, page * pageSize).map((r) => r.point.uid),
  };
}
const desc = (compare: (a: Row, b: Row) => number) => (a: Row, b: Row) => compare(b, a);

const bigBackup = rows.find((r) => r.point.vmName === F.bigVm)?.point.backupId ?? '';
const bigBackupUid = `urn:veeam:Backup:${bigBackup}`;
const wideRows = rows.filter((r) => r.point.vmName !== F.bigVm);
const widePoint = (() => {
  const counts = new Map<string, number>();
  for (const r of wideRows)
    counts.set(r.point.restorePointId, (counts.get(r.point.restorePointId) ?? 0) + 1);
  return [...counts].find(([, n]) => n === F.wideVmCount)?.[0] ?? '';
})();
const wideUid = `urn:veeam:RestorePoint:${widePoint}`;
const iso = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString();
const batch = [3, 77_777, 150_001, 250_000, 12].map((i) => rows[i]?.point.uid ?? '');
const someVmOfWide = rows.find((r) => r.point.restorePointId === widePoint)?.point.vmName ?? '';
const server = rows[0]?.serverUid ?? '';

let token = '';
beforeAll(async () => {
  token = await mock.login();
});
async function ask(search: string) {
  const { status, body } = await mock.get<{
    Refs: { Refs?: Ref[] } | null;
    PagingInfo: { PagesCount: number };
  }>(`/api/query?type=VmRestorePoint&${search}`, token);
  expect(status, search).toBe(200);
  return { uids: (body.Refs?.Refs ?? []).map((ref) => ref.UID), pages: body.PagingInfo.PagesCount };
}

describe('EM query service at large scale', () => {
  it.each([
    [
      'one VM, newest first, page 3',
      `filter=VmName=="${F.bigVm.toUpperCase()}"&sortDesc=CreationTime&pageSize=50&page=3`,
      (r: Row) => same(r.point.vmName, F.bigVm),
      desc(byTime),
      [3, 50],
    ],
    [
      'one VM in a period',
      `filter=VmName=="${F.bigVm}";CreationTime>="${iso(30)}";CreationTime<"${iso(2)}"&sortDesc=CreationTime&pageSize=100&page=2`,
      (r: Row) =>
        same(r.point.vmName, F.bigVm) && r.time >= fixed(iso(30)) && r.time < fixed(iso(2)),
      desc(byTime),
      [2, 100],
    ],
    [
      'a restore point of 5,000 VMs by name',
      `filter=RestorePointUid=="${wideUid.toUpperCase()}"&sortAsc=Name&pageSize=100&page=7`,
      (r: Row) => same(r.point.restorePointId, widePoint),
      byName,
      [7, 100],
    ],
    [
      'a batch of UIDs, natural order',
      `filter=${batch.map((uid) => `UID=="${uid}"`).join(',')}&pageSize=40`,
      (r: Row) => batch.includes(r.point.uid),
      null,
      [1, 40],
    ],
    [
      'a backup in a period, oldest first',
      `filter=BackupUid=="${bigBackupUid}";CreationTime>=${iso(200)};CreationTime<${iso(100)}&sortAsc=CreationTime&pageSize=500&page=2`,
      (r: Row) =>
        same(r.point.backupId, bigBackup) && r.time >= fixed(iso(200)) && r.time < fixed(iso(100)),
      byTime,
      [2, 500],
    ],
    [
      'the index sweep, page 123',
      'sortDesc=CreationTime&pageSize=1000&page=123',
      () => true,
      desc(byTime),
      [123, 1000],
    ],
    [
      'everything since a day ago',
      `filter=CreationTime>="${iso(1)}"&sortDesc=CreationTime&pageSize=1000`,
      (r: Row) => r.time >= fixed(iso(1)),
      desc(byTime),
      [1, 1000],
    ],
    [
      'a server and a point type',
      `filter=BackupServerUid=="${server}";Type==Full&sortDesc=CreationTime&pageSize=20&page=4`,
      (r: Row) => same(r.serverUid, server) && r.point.pointType === 'Full',
      desc(byTime),
      [4, 20],
    ],
    [
      'a VM in a restore point, with an unindexed alternative',
      `filter=(RestorePointId=="${wideUid}";VmName==${someVmOfWide}),Algorithm==SyntheticFull&pageSize=100&page=3`,
      (r: Row) =>
        (same(r.point.restorePointId, widePoint) && same(r.point.vmName, someVmOfWide)) ||
        r.point.algorithm === 'SyntheticFull',
      null,
      [3, 100],
    ],
  ] as const)('answers %s like a brute-force evaluation', async (_, search, keep, sort, paging) => {
    const [page, pageSize] = paging;
    const expected = oracle(keep, sort, page, pageSize);
    expect(expected.uids.length).toBeGreaterThan(0);
    const answer = await ask(search);
    expect(answer.uids).toEqual(expected.uids);
    expect(answer.pages).toBe(Math.max(1, Math.ceil(expected.total / pageSize)));
  });

  it('reads only the rows it needs for indexed queries, and every row for a scan', () => {
    if (!vmTarget) throw new Error('no VmRestorePoint target');
    const run = (filter: string | null, request: Omit<QueryRequest, 'filter'>) =>
      selectRows(vmTarget, { ...(filter && { filter: parseFilter(filter) }), ...request });
    const newestFirst = {
      sort: { field: 'CreationTime', descending: true },
      page: 2,
      pageSize: 50,
    };
    const oneVm = run(`VmName=="${F.bigVm}"`, newestFirst);
    expect(oneVm.total).toBeGreaterThan(10_000);
    expect(oneVm.examined).toBe(0);
    const period = run(`VmName=="${F.bigVm}";CreationTime>="${iso(30)}"`, newestFirst);
    expect(period.total).toBeGreaterThan(700);
    expect(period.examined).toBeLessThan(100);
    const sweep = run(null, { ...newestFirst, page: 200, pageSize: 1000 });
    expect(sweep.examined).toBe(0);
    const uids = run(batch.map((uid) => `UID=="${uid}"`).join(','), { page: 1, pageSize: 40 });
    expect([uids.total, uids.examined]).toEqual([batch.length, batch.length]);
    const named = { sort: { field: 'Name', descending: false }, page: 1, pageSize: 100 };
    const wide = run(`RestorePointUid=="${wideUid}"`, named);
    expect([wide.total, wide.examined]).toEqual([F.wideVmCount, F.wideVmCount]);
    const scan = run('Type==ReverseIncrement', { page: 1, pageSize: 10 });
    expect(scan.examined).toBe(store.vmRestorePoints.count);
  });
});
