import { beforeAll, describe, expect, it } from 'vitest';
import { EM_DEMO_FACTS, EM_HOST } from '@/mocks/fixtures/em-types';
import { createMock, type Ref } from './test-harness';

interface Paging {
  Links: { Rel: string; Href: string }[];
  PageNum: number;
  PageSize: number;
  PagesCount: number;
}
interface QueryBody {
  Refs: { Refs?: Ref[] | null } | null;
  Entities: Record<string, Record<string, Ref[]>> | null;
  PagingInfo: Paging;
}

const mock = createMock();
const { data } = mock;
let token = '';
beforeAll(async () => {
  token = await mock.login();
});
const query = (search: string) => mock.get<QueryBody>(`/api/query?${search}`, token);
const refs = async (search: string) => {
  const { status, body } = await query(search);
  expect(status, search).toBe(200);
  return body.Refs?.Refs ?? [];
};
const names = async (search: string) => (await refs(search)).map((r) => r.Name);
const count = (predicate: (p: (typeof data.vmRestorePoints)[number]) => boolean) =>
  data.vmRestorePoints.filter(predicate).length;
const vmQuery = (filter: string) =>
  refs(`type=VmRestorePoint&pageSize=5000&filter=${encodeURIComponent(filter)}`);

describe('EM query service: shapes and paging', () => {
  it('nests references as Refs.Refs with default page size 100', async () => {
    const { status, body } = await query('type=VmRestorePoint');
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['Refs', 'Entities', 'PagingInfo']);
    expect(body.Entities).toBeNull();
    expect(body.Refs?.Refs).toHaveLength(100);
    expect(body.Refs?.Refs?.[0]?.Type).toBe('VmRestorePointReference');
    const pages = Math.ceil(data.vmRestorePoints.length / 100);
    const href = (page: number) =>
      `${EM_HOST}/api/query?type=VmRestorePoint&pageSize=100&page=${page}`;
    expect(body.PagingInfo).toEqual({
      Links: [
        { Rel: 'First', Href: href(1) },
        { Rel: 'Next', Href: href(2) },
        { Rel: 'Last', Href: href(pages) },
      ],
      PageNum: 1,
      PageSize: 100,
      PagesCount: pages,
    });
  });

  it.each([
    ['VmRestorePoint', 'VmRestorePoints'],
    ['restorepoint', 'RestorePoints'],
    ['BACKUP', 'Backups'],
    ['BackupFile', 'BackupFiles'],
    ['backupServer', 'BackupServers'],
  ])('nests %s entities as Entities.%s.%s', async (type, plural) => {
    const { body } = await query(`type=${type}&format=entities&pageSize=2`);
    expect(body.Refs).toBeNull();
    expect(Object.keys(body.Entities ?? {})).toEqual([plural]);
    expect(body.Entities?.[plural]?.[plural]).toHaveLength(2);
    const empty = await query(`Type=${type}&Format=Entities&Filter=UID==none`);
    expect(empty.body.Entities).toEqual({ [plural]: { [plural]: [] } });
    expect(empty.body.PagingInfo).toMatchObject({ PageNum: 1, PagesCount: 1 });
    expect(empty.body.PagingInfo.Links.map((l) => l.Rel)).toEqual(['First', 'Last']);
  });

  it('echoes the query in paging links, rewriting pageSize and page in place', async () => {
    const search = [
      'type=VmRestorePoint&format=Entities&sortDesc=CreationTime',
      'pageSize=3&page=2&filter=VmDisplayName==sql01',
    ].join('&');
    const { body } = await query(search);
    const total = count((p) => p.vmName === 'sql01');
    const href = (page: number) =>
      `${EM_HOST}/api/query?${search.replace('page=2', `page=${page}`)}`;
    expect(body.PagingInfo).toEqual({
      Links: [
        { Rel: 'First', Href: href(1) },
        { Rel: 'Previous', Href: href(1) },
        { Rel: 'Next', Href: href(3) },
        { Rel: 'Last', Href: href(Math.ceil(total / 3)) },
      ],
      PageNum: 2,
      PageSize: 3,
      PagesCount: Math.ceil(total / 3),
    });
    const last = await query(search.replace('page=2', `page=${Math.ceil(total / 3)}`));
    expect(last.body.PagingInfo.Links.map((l) => l.Rel)).toEqual(['First', 'Previous', 'Last']);
  });

  it('pages through every row exactly once', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(data.backups.length / 4); page++) {
      seen.push(...(await names(`type=Backup&sortAsc=name&pageSize=4&page=${page}`)));
    }
    expect(seen).toEqual(
      data.backups.map((b) => b.name).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
    );
  });

  it('sorts ascending and descending, by any field casing', async () => {
    const desc = await query(
      'type=VmRestorePoint&format=Entities&sortDesc=creationtime&pageSize=50&filter=VmName==sql01',
    );
    const times = (desc.body.Entities?.VmRestorePoints?.VmRestorePoints ?? []).map((p) =>
      Date.parse(String(p.CreationTimeUTC)),
    );
    // Non-empty and not all equal, so the order is something to check.
    expect(times.length).toBeGreaterThan(10);
    expect(new Set(times).size).toBeGreaterThan(1);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const asc = await query('type=BackupFile&format=Entities&sortAsc=BackupSize&pageSize=100');
    const sizes = (asc.body.Entities?.BackupFiles?.BackupFiles ?? []).map((f) =>
      Number(f.BackupSize),
    );
    expect(sizes.length).toBeGreaterThan(10);
    expect(new Set(sizes).size).toBeGreaterThan(1);
    expect(sizes.every(Number.isFinite)).toBe(true);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  });
});

describe('EM query service: filters', () => {
  it('compares text case-insensitively and exactly, non-ASCII included', async () => {
    expect(await vmQuery('VmName==sql01')).toHaveLength(count((p) => p.vmName === 'sql01'));
    expect(await vmQuery('vmname==SQL01')).toHaveLength(count((p) => p.vmName === 'sql01'));
    expect(await vmQuery('VmName==sql0')).toHaveLength(0);
    expect(await vmQuery('VmName==sql*')).toHaveLength(0);
    expect(await vmQuery('VmDisplayName==BÜRO-DC01')).toHaveLength(
      count((p) => p.vmName === 'büro-dc01'),
    );
    expect(await vmQuery('VmName!=sql01')).toHaveLength(count((p) => p.vmName !== 'sql01'));
  });

  it('handles quoting, doubled quotes and stripped spaces', async () => {
    const quoted = count((p) => p.vmName === EM_DEMO_FACTS.quotedVm);
    expect(quoted).toBeGreaterThan(0);
    expect(await vmQuery('VmName=="file server ""old"""')).toHaveLength(quoted);
    expect(await names('type=Backup&filter=Name=="Web Farm"')).toEqual(['Web Farm']);
    expect(await names('type=Backup&filter=Name%3D%3D%22Web+Farm%22')).toEqual(['Web Farm']);
    expect(await names('type=Backup&filter=Name==Web Farm')).toEqual([]);
    expect(await names('type=Backup&filter=Name==Web%20%20Farm')).toEqual([]);
  });

  it('combines with ; (AND), , (OR) and parentheses', async () => {
    const sql = (p: { vmName: string }) => p.vmName === 'sql01' || p.vmName === 'sql02';
    expect(await vmQuery('(VmName==sql01,VmName==sql02);Algorithm==Full')).toHaveLength(
      count((p) => sql(p) && p.algorithm === 'Full'),
    );
    expect(await vmQuery('VmName==sql01,VmName==sql02;Algorithm==Full')).toHaveLength(
      count((p) => p.vmName === 'sql01' || (p.vmName === 'sql02' && p.algorithm === 'Full')),
    );
  });

  it('compares dates as UTC instants, quoted or not', async () => {
    const since = '2026-03-01T00:00:00Z';
    const expected = count((p) => Date.parse(p.creationTimeUtc) >= Date.parse(since));
    expect(await vmQuery(`CreationTime>="${since}"`)).toHaveLength(expected);
    expect(await vmQuery(`CreationTime>=${since}`)).toHaveLength(expected);
    expect(await vmQuery(`CreationTime<${since}`)).toHaveLength(
      data.vmRestorePoints.length - expected,
    );
    const point = data.vmRestorePoints[0];
    expect(await vmQuery(`CreationTime==${point?.creationTimeUtc ?? ''}`)).toHaveLength(1);
    const files = await refs(`type=BackupFile&pageSize=5000&filter=CreationTimeUTC>="${since}"`);
    expect(files).toHaveLength(
      data.backupFiles.filter((f) => Date.parse(f.creationTimeUtc) >= Date.parse(since)).length,
    );
  });

  it('compares numbers numerically and enums by their order', async () => {
    const big = await refs('type=BackupFile&pageSize=5000&filter=BackupSize>100000000000');
    expect(big).toHaveLength(data.backupFiles.filter((f) => f.backupSize > 1e11).length);
    expect(await vmQuery('Type>Full')).toHaveLength(count((p) => p.pointType !== 'Full'));
    expect(await vmQuery('Type==reverseincrement')).toHaveLength(
      count((p) => p.pointType === 'ReverseIncrement'),
    );
    expect(await names('type=Backup&filter=Platform==hyperv')).toHaveLength(
      data.backups.filter((b) => b.platform === 'HyperV').length,
    );
  });

  it('filters by the related backup, restore point and server', async () => {
    const backup = data.backups.find((b) => b.name === EM_DEMO_FACTS.freshBackup);
    const points = await refs(`type=RestorePoint&pageSize=500&filter=BackupName=="SQL Daily"`);
    expect(points).toHaveLength(data.restorePoints.filter((p) => p.backupId === backup?.id).length);
    const byUid = await refs(
      `type=RestorePoint&pageSize=500&filter=BackupUid=="${backup?.uid ?? ''}"`,
    );
    expect(byUid).toHaveLength(points.length);
    const rp = data.restorePoints[0];
    expect(await vmQuery(`RestorePointUid=="${rp?.uid ?? ''}"`)).toHaveLength(
      count((p) => p.restorePointId === rp?.id),
    );
    expect(await names('type=BackupServer&filter=Name==VBR-HQ.corp.local')).toEqual([
      'vbr-hq.corp.local',
    ]);
  });

  it.each([
    ['a bad filter', 'type=VmRestorePoint&filter=VmName=="open'],
    ['an unknown field', 'type=VmRestorePoint&filter=Colour==red'],
    ['a field of another type', 'type=BackupServer&filter=VmName==sql01'],
    ['an unquoted space in a quote-needing value', 'type=VmRestorePoint&filter=VmName==a "b"'],
    ['a bad date', 'type=VmRestorePoint&filter=CreationTime>yesterday'],
    ['a bad number', 'type=BackupFile&filter=BackupSize>big'],
    ['a bad enum', 'type=VmRestorePoint&filter=Algorithm==Differential'],
    ['an unknown type', 'type=Spaceship'],
    ['no type', 'format=Entities'],
    ['an unknown sort field', 'type=Backup&sortAsc=Colour'],
    ['a bad page size', 'type=Backup&pageSize=0'],
  ])('answers 400 for %s', async (_, search) => {
    const { status, body } = await query(search);
    expect(status).toBe(400);
    expect(body).toMatchObject({ FirstChanceExceptionMessage: null, StatusCode: 400 });
  });

  it('needs a session', async () => {
    expect((await mock.get('/api/query?type=Backup', 'nope')).status).toBe(401);
  });
});
