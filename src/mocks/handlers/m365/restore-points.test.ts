import { describe, expect, it } from 'vitest';
import { ANY_STRING, createHarness } from './test-harness';

type Point = Record<string, unknown> & {
  id: string;
  backupTime: string;
  _links: Record<string, { href: string } | undefined>;
};
interface Page {
  offset: number;
  limit: number;
  setId: string;
  totalCount?: number;
  results: Point[];
  _links: Record<string, { href: string }>;
}

const harness = createHarness();
const { data } = harness;
const list = async (path: string) => (await harness.getJson(path)).body as Point[];
const page = async (path: string) => (await harness.getJson(path)).body as Page;
const ids = (points: readonly { id: string }[]) => points.map((point) => point.id);
const [contoso, fabrikam] = data.organizations;
const copyJob = data.jobs.find((job) => job.name === 'Contoso - Copy to Wasabi');

const V6_KEYS = [
  'id',
  'repositoryId',
  'backupTime',
  'jobId',
  'retrievalId',
  'organizationId',
  'isExchange',
  'isSharePoint',
  'isOneDrive',
  'isTeams',
  'isLongTermCopy',
  'isRetrieved',
  '_links',
];
const V7_KEYS = [...V6_KEYS, 'isCopy', 'isDeleted'];
const V8_KEYS = [...V7_KEYS, 'eTag', 'objectsEtag', 'immutabilityExpiresOn'];

describe('GET /vN/RestorePoints shapes', () => {
  it('v6 answers a bare array, newest first, with relative lower-case links', async () => {
    const points = await list('/v6/RestorePoints');
    expect(ids(points)).toEqual(ids(data.restorePoints));
    const [first] = points;
    expect(Object.keys(first ?? {}).sort()).toEqual([...V6_KEYS].sort());
    expect(first?._links).toEqual({
      self: { href: `/v6/restorePoints/${first?.id}` },
      organization: { href: `/v6/organizations/${String(first?.organizationId)}` },
      backupRepository: { href: `/v6/backuprepositories/${String(first?.repositoryId)}` },
    });
  });

  it('v7 answers a page with totalCount and absolute links on the default host', async () => {
    const body = await page('/v7/RestorePoints');
    expect(Object.keys(body)).toEqual([
      'offset',
      'limit',
      'setId',
      'totalCount',
      'results',
      '_links',
    ]);
    expect(body).toMatchObject({ offset: 0, limit: 30, totalCount: data.restorePoints.length });
    expect(ids(body.results)).toEqual(ids(data.restorePoints.slice(0, 30)));
    expect(Object.keys(body.results[0] ?? {}).sort()).toEqual([...V7_KEYS].sort());
    const first = body.results[0];
    expect(first?._links.self).toEqual({
      href: `https://vb365.demo.local:4443/v7/RestorePoints/${String(first?.id)}`,
    });
    expect(body._links.self?.href).toBe(
      'https://vb365.demo.local:4443/v7/RestorePoints?offset=0&limit=30',
    );
  });

  it('v8 answers a page without totalCount, v8 fields, links on options.host', async () => {
    const custom = createHarness({ host: 'https://backup.example.com:4443' });
    const body = (await custom.getJson('/v8/RestorePoints?limit=1')).body as Page;
    expect(body.totalCount).toBeUndefined();
    expect(Object.keys(body.results[0] ?? {}).sort()).toEqual([...V8_KEYS].sort());
    expect(body.results[0]?._links.backupRepository?.href).toMatch(
      /^https:\/\/backup\.example\.com:4443\/v8\/BackupRepositories\/[0-9a-f-]{36}$/,
    );
  });

  it('matches paths case-insensitively on any origin', async () => {
    for (const path of ['/v6/restorepoints', '/V6/RESTOREPOINTS/', '/v6/restorePoints']) {
      expect((await harness.get(path)).status).toBe(200);
    }
    const token = await harness.login();
    const remote = await harness.send('https://vb365.example.com:4443/v6/RestorePoints', {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(remote.status).toBe(200);
  });
});

describe('GET /vN/RestorePoints/{id}', () => {
  it('finds 72-char and GUID ids, case-insensitively, on every version', async () => {
    const long = data.restorePoints.find((point) => point.id.length === 72);
    const short = data.restorePoints.find((point) => point.id.length === 36);
    for (const point of [long, short]) {
      for (const version of ['v6', 'v7', 'v8']) {
        const path = `/${version}/restorePoints/${String(point?.id.toUpperCase())}`;
        const { status, body } = await harness.getJson(path);
        expect(status).toBe(200);
        expect((body as Point).id).toBe(point?.id);
      }
    }
  });

  it('answers 404 with the version error body', async () => {
    const missing = '/RestorePoints/79f3e494-4991-4dd5-b6fa-f1cf8c42126531e4e204-7ce3-48f6-8c87';
    const v6 = await harness.getJson(`/v6${missing}`);
    expect(v6).toEqual({ status: 404, body: { message: ANY_STRING } });
    const v7 = await harness.getJson(`/v7${missing}`);
    expect(v7).toEqual({ status: 404, body: { message: ANY_STRING, errorCode: null } });
    const v8 = await harness.getJson(`/v8${missing}`);
    expect(v8).toEqual({
      status: 404,
      body: { message: ANY_STRING, errorCode: 'ResourceNotFound', stackTrace: null },
    });
  });
});

describe('v6 filters', () => {
  it('filters by organization, job and repository; any GUID form, any name case', async () => {
    const byOrg = data.restorePoints.filter((point) => point.organizationId === fabrikam?.id);
    const braced = `{${String(fabrikam?.id).toUpperCase()}}`;
    expect(ids(await list(`/v6/RestorePoints?organizationID=${braced}`))).toEqual(ids(byOrg));
    const byJob = data.restorePoints.filter((point) => point.jobId === copyJob?.id);
    const plain = String(copyJob?.id).replace(/-/g, '');
    expect(ids(await list(`/v6/RestorePoints?jobId=${plain}`))).toEqual(ids(byJob));
    const repositoryId = copyJob?.repositoryId;
    const byRepo = data.restorePoints.filter((point) => point.repositoryId === repositoryId);
    expect(ids(await list(`/v6/RestorePoints?repositoryId=${String(repositoryId)}`))).toEqual(
      ids(byRepo),
    );
    const both = `/v6/RestorePoints?organizationId=${String(contoso?.id)}&jobId=${copyJob?.id}`;
    expect(ids(await list(both))).toEqual(ids(byJob));
  });

  it('filters by isLongTermCopy and isRetrieved', async () => {
    const longTerm = data.restorePoints.filter((point) => point.isLongTermCopy);
    expect(ids(await list('/v6/RestorePoints?isLongTermCopy=true'))).toEqual(ids(longTerm));
    const local = data.restorePoints.filter((point) => !point.isLongTermCopy);
    expect(ids(await list('/v6/RestorePoints?isLongTermCopy=False'))).toEqual(ids(local));
    const retrieved = await list('/v6/RestorePoints?isRetrieved=true');
    expect(retrieved).toHaveLength(3);
    const retrievalIds = new Set(retrieved.map((point) => point.retrievalId));
    expect(retrievalIds.has('00000000-0000-0000-0000-000000000000')).toBe(false);
    expect(retrievalIds.size).toBe(2);
  });

  it('reads backupTime as "created after", in UTC, in both v6 formats and ISO', async () => {
    const after = data.restorePoints.filter(
      (point) => point.backupTime > '2025-06-10T08:30:00.0000000Z',
    );
    expect(after.length).toBeGreaterThan(20);
    for (const value of [
      '2025-06-10 08:30:00.000',
      '2025.06.10 08:30:00',
      '2025-06-10T08:30:00Z',
      '2025-06-10T10:30:00+02:00',
    ]) {
      const query = new URLSearchParams({ backupTime: value }).toString();
      expect(ids(await list(`/v6/RestorePoints?${query}`))).toEqual(ids(after));
    }
  });

  it('excludes a point created exactly at backupTime (7-digit precision)', async () => {
    const point = data.restorePoints[5];
    const time = String(point?.backupTime);
    const body = await list(`/v6/RestorePoints?backupTime=${time}`);
    expect(ids(body)).toEqual(ids(data.restorePoints.slice(0, 5)));
  });

  it('ignores the v7 parameters from, to, orderAsc, limit and offset', async () => {
    const path = '/v6/RestorePoints?from=garbage&to=2020-01-01&orderAsc=true&limit=1&offset=3';
    expect(ids(await list(path))).toEqual(ids(data.restorePoints));
  });
});
