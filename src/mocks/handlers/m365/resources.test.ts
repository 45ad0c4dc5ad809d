import { describe, expect, it } from 'vitest';
import { ANY_STRING, createHarness } from './test-harness';

type Item = Record<string, unknown> & { id: string; _links: Record<string, { href: string }> };
interface Page {
  offset: number;
  limit: number;
  results: Item[];
  totalCount?: number;
  _links: Record<string, { href: string }>;
}

const harness = createHarness();
const { data } = harness;
const json = async (path: string) => (await harness.getJson(path)).body;
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const HOST = 'https://vb365.demo.local:4443';

describe('Organizations', () => {
  it('v6/v7 answer bare arrays; v8 a page; extendedView accepted', async () => {
    const v6 = (await json('/v6/Organizations?extendedView=false')) as Item[];
    expect(ids(v6)).toEqual(ids(data.organizations));
    expect(v6[0]?._links.self?.href).toBe(`/v6/organizations/${String(v6[0]?.id)}`);
    expect(ids((await json('/v7/organizations')) as Item[])).toEqual(ids(data.organizations));
    const v8 = (await json('/v8/Organizations?extendedView=true&limit=2')) as Page;
    expect(v8).toMatchObject({ offset: 0, limit: 2 });
    expect(v8.totalCount).toBeUndefined();
    expect(ids(v8.results)).toEqual(ids(data.organizations.slice(0, 2)));
    expect(v8._links.next?.href).toBe(
      `${HOST}/v8/Organizations?extendedView=true&offset=2&limit=2`,
    );
  });

  it('gets one by id, 404 when unknown, 400 when not a GUID', async () => {
    const org = data.organizations[1];
    const one = (await json(`/v8/Organizations/${String(org?.id)}`)) as Item;
    expect(one).toMatchObject({ name: 'fabrikam.onmicrosoft.com', officeName: 'Fabrikam' });
    expect(one._links.self?.href).toBe(`${HOST}/v8/Organizations/${String(org?.id)}`);
    const unknown = await harness.getJson('/v8/Organizations/e60dfb9c-ac58-4463-879f-9855ac35576b');
    expect(unknown).toMatchObject({ status: 404, body: { errorCode: 'ResourceNotFound' } });
    expect(await harness.getJson('/v6/Organizations/contoso')).toEqual({
      status: 400,
      body: { message: ANY_STRING },
    });
  });

  it('answers 401 without a bearer', async () => {
    expect((await harness.send('/v7/Organizations')).status).toBe(401);
  });
});

describe('Jobs', () => {
  it('v6 drops organizationId and lastBackup; v7 has them; both bare arrays', async () => {
    const v6 = (await json('/v6/Jobs')) as Item[];
    expect(ids(v6)).toEqual(ids(data.jobs));
    expect(v6[0]).not.toHaveProperty('organizationId');
    expect(v6[0]).not.toHaveProperty('lastBackup');
    expect(Object.keys(v6[0]?._links ?? {})).toEqual(['self', 'organization', 'backupRepository']);
    const v7 = (await json('/v7/Jobs')) as Item[];
    expect(v7[0]).toMatchObject({ organizationId: data.jobs[0]?.organizationId });
    expect(v7[0]?._links.backupRepository?.href).toBe(
      `${HOST}/v7/BackupRepositories/${String(data.jobs[0]?.repositoryId)}`,
    );
  });

  it('v8 pages and filters by organizationId and repositoryId', async () => {
    const org = data.organizations[0];
    const page = (await json(`/v8/Jobs?organizationId=${String(org?.id)}`)) as Page;
    expect(page.results.map((job) => job.name)).toEqual([
      'Contoso - Mail & OneDrive',
      'Contoso - SharePoint & Teams',
      'Contoso - Copy to Wasabi',
    ]);
    const repo = data.repositories[1];
    const byRepo = (await json(`/v8/jobs?repositoryId=${String(repo?.id)}`)) as Page;
    expect(byRepo.results).toHaveLength(3);
    expect((await harness.getJson('/v8/Jobs?repositoryId=x')).status).toBe(400);
  });

  it('gets one by id or 404s', async () => {
    const job = data.jobs[4];
    expect(await json(`/v7/Jobs/${String(job?.id)}`)).toMatchObject({ name: 'Fabrikam - Teams' });
    expect(await harness.getJson('/v7/Jobs/e60dfb9c-ac58-4463-879f-9855ac35576b')).toEqual({
      status: 404,
      body: { message: ANY_STRING, errorCode: null },
    });
  });
});

describe('BackupRepositories', () => {
  it('v6/v7 answer bare arrays with objectStorageId; v8 pages without it', async () => {
    const v7 = (await json('/v7/BackupRepositories')) as Item[];
    expect(v7.map((repo) => repo.name)).toEqual(data.repositories.map((repo) => repo.name));
    expect(v7[2]).toHaveProperty('objectStorageId');
    const v6 = (await json('/v6/backuprepositories')) as Item[];
    expect(v6[0]?._links.self?.href).toBe(`/v6/backuprepositories/${String(v6[0]?.id)}`);
    const v8 = (await json('/v8/BackupRepositories')) as Page;
    expect(v8.results).toHaveLength(4);
    expect(v8.results[2]).not.toHaveProperty('objectStorageId');
  });

  it('filters by longTerm, proxyId and (v8) organizationId', async () => {
    const longTerm = (await json('/v6/BackupRepositories?longTerm=true')) as Item[];
    expect(longTerm.map((repo) => repo.name)).toEqual([
      'Wasabi Long-Term',
      'Azure Archive Long-Term',
    ]);
    const proxyId = String(data.repositories[0]?.proxyId);
    expect((await json(`/v7/BackupRepositories?proxyId=${proxyId}`)) as Item[]).toHaveLength(2);
    const org = data.organizations[2];
    const used = (await json(`/v8/BackupRepositories?organizationId=${String(org?.id)}`)) as Page;
    expect(used.results.map((repo) => repo.name)).toEqual([
      'Branch Office Repository',
      'Azure Archive Long-Term',
    ]);
    expect((await harness.getJson('/v7/BackupRepositories?longTerm=maybe')).status).toBe(400);
  });

  it('gets one by id, case-insensitive path, or 404s', async () => {
    const repo = data.repositories[0];
    const one = (await json(`/v6/BACKUPREPOSITORIES/${String(repo?.id).toUpperCase()}`)) as Item;
    expect(one.name).toBe('Primary Repository');
    const missing = await harness.getJson(
      '/v8/BackupRepositories/00000000-0000-0000-0000-000000000001',
    );
    expect(missing.status).toBe(404);
  });
});
