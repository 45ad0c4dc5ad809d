import { describe, expect, it } from 'vitest';
import { ANY_STRING, createHarness } from './test-harness';

interface Page {
  offset: number;
  limit: number;
  setId: string;
  totalCount?: number;
  results: { id: string; backupTime: string; isCopy: boolean }[];
  _links: Record<string, { href: string } | undefined>;
}

const harness = createHarness();
const { data } = harness;
const page = async (path: string) => (await harness.getJson(path)).body as Page;
const ids = (points: readonly { id: string }[]) => points.map((point) => point.id);
const contoso = data.organizations[0];
const CONTOSO = data.restorePoints.filter((point) => point.organizationId === contoso?.id);

describe('v7/v8 RestorePoints filters', () => {
  it.each(['v7', 'v8'])('%s filters by from/to (exclusive), isCopy and flags', async (version) => {
    const from = '2025-06-01T00:00:00Z';
    const to = '2025-06-08 00:00:00.000';
    const inWeek = data.restorePoints.filter(
      (point) =>
        point.backupTime > '2025-06-01T00:00:00.0000000Z' &&
        point.backupTime < '2025-06-08T00:00:00.0000000Z',
    );
    const body = await page(`/${version}/RestorePoints?from=${from}&to=${to}&limit=10000`);
    expect(ids(body.results)).toEqual(ids(inWeek));
    const copies = data.restorePoints.filter((point) => point.isCopy);
    expect(ids((await page(`/${version}/RestorePoints?isCopy=true&limit=500`)).results)).toEqual(
      ids(copies),
    );
    const query = `organizationId=${String(contoso?.id)}&isLongTermCopy=true&isRetrieved=true`;
    const retrieved = await page(`/${version}/RestorePoints?${query}`);
    expect(retrieved.results).toHaveLength(2);
  });

  it.each(['v7', 'v8'])('%s ignores backupTime', async (version) => {
    const body = await page(`/${version}/RestorePoints?backupTime=not-a-date&limit=10000`);
    expect(body.results).toHaveLength(data.restorePoints.length);
  });

  it('v8 accepts and ignores userId, groupId, siteId and teamId', async () => {
    const query = 'userId=x&groupId=y&siteId=z&teamId=e60dfb9c-ac58-4463-879f-9855ac35576b';
    expect((await page(`/v8/RestorePoints?${query}&limit=10000`)).results).toHaveLength(
      data.restorePoints.length,
    );
  });

  it('orders newest first by default and oldest first with orderAsc=true', async () => {
    const oldest = [...CONTOSO].reverse();
    const asc = await page(`/v8/RestorePoints?organizationId=${String(contoso?.id)}&orderAsc=true`);
    expect(ids(asc.results)).toEqual(ids(oldest.slice(0, 30)));
    const desc = await page(
      `/v8/RestorePoints?organizationId=${String(contoso?.id)}&orderAsc=false`,
    );
    expect(ids(desc.results)).toEqual(ids(CONTOSO.slice(0, 30)));
  });
});

describe('v7/v8 RestorePoints paging', () => {
  it('walks every page through _links.next, keeping the filters', async () => {
    const seen: string[] = [];
    const host = 'https://vb365.demo.local:4443';
    let next: string | undefined =
      `/v7/RestorePoints?organizationId=${String(contoso?.id)}&limit=50`;
    let pages = 0;
    while (next) {
      const body = await page(next.replace(host, ''));
      seen.push(...ids(body.results));
      expect(body.totalCount).toBe(CONTOSO.length);
      expect(body._links.self?.href).toContain(`organizationId=${String(contoso?.id)}`);
      if (body.offset > 0) expect(body._links.prev?.href).toContain(`offset=${body.offset - 50}`);
      next = body._links.next?.href;
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(CONTOSO.length / 50));
    expect(seen).toEqual(ids(CONTOSO));
  });

  it('keeps setId for the same query across pages and changes it with the filter', async () => {
    const first = await page('/v8/RestorePoints?isCopy=false');
    const second = await page('/v8/RestorePoints?isCopy=false&offset=30');
    const other = await page('/v8/RestorePoints?isCopy=true');
    expect(second.setId).toBe(first.setId);
    expect(other.setId).not.toBe(first.setId);
    expect(first.setId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('honours limit and offset, up to 10000, and has no next on the last page', async () => {
    const body = await page('/v8/RestorePoints?limit=7&offset=3');
    expect(body).toMatchObject({ offset: 3, limit: 7 });
    expect(ids(body.results)).toEqual(ids(data.restorePoints.slice(3, 10)));
    expect(body._links.next?.href).toBe(
      'https://vb365.demo.local:4443/v8/RestorePoints?offset=10&limit=7',
    );
    expect(body._links.prev?.href).toBe(
      'https://vb365.demo.local:4443/v8/RestorePoints?offset=0&limit=7',
    );
    const all = await page('/v8/RestorePoints?limit=10000');
    expect(all.results).toHaveLength(data.restorePoints.length);
    expect(all._links.next).toBeUndefined();
    expect((await page('/v8/RestorePoints?offset=100000')).results).toEqual([]);
  });
});

describe('400 with the version error body', () => {
  const bad = [
    'organizationId=not-a-guid',
    'jobId=1234',
    'repositoryId=79f3e494-4991-4dd5-b6fa',
    'isRetrieved=yes',
    'isLongTermCopy=1',
  ];
  const badV6 = [...bad, 'backupTime=yesterday', 'backupTime=2025-13-01 00:00:00'];
  const badPaged = [
    ...bad,
    'from=2025-02-30',
    'to=16/06/2025',
    'orderAsc=maybe',
    'isCopy=on',
    'limit=0',
    'limit=10001',
    'limit=ten',
    'offset=-1',
    'offset=1.5',
  ];

  it.each(badV6)('v6 %s → {message}', async (query) => {
    expect(await harness.getJson(`/v6/RestorePoints?${query}`)).toEqual({
      status: 400,
      body: { message: ANY_STRING },
    });
  });

  it.each(badPaged)('v7 %s → {message, errorCode}', async (query) => {
    expect(await harness.getJson(`/v7/RestorePoints?${query}`)).toEqual({
      status: 400,
      body: { message: ANY_STRING, errorCode: null },
    });
  });

  it.each(badPaged)('v8 %s → ParameterValidationFailure', async (query) => {
    expect(await harness.getJson(`/v8/RestorePoints?${query}`)).toEqual({
      status: 400,
      body: {
        message: ANY_STRING,
        errorCode: 'ParameterValidationFailure',
        stackTrace: null,
      },
    });
  });

  it('names the parameter and value in the message', async () => {
    const { body } = await harness.getJson('/v6/RestorePoints?organizationId=abc');
    expect((body as { message: string }).message).toMatch(
      /organizationId.*abc|abc.*organizationId/,
    );
  });
});
