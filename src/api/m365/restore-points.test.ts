import { HttpResponse, http } from 'msw';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { TEST_NOW, server } from '@/mocks/node';
import { recordRequests, urls } from '@/test/requests';
import { ApiError } from '../errors';
import { session, type M365Session } from '../session';
import { M365_VERSIONS, signInM365 } from './auth';
import { fetchBackupRepositories, fetchBackupRepository } from './backup-repositories';
import { DEFAULT_PAGE_SIZE as PAGE_SIZE } from '@/config/page-sizes';
import { EMPTY_VIEW, toApiQuery } from './filters';
import { fetchJobs } from './jobs';
import { fetchOrganization, fetchOrganizations } from './organizations';
import {
  RestorePointSchema,
  fetchOrganizationHistory,
  fetchRestorePoint,
  fetchRestorePoints,
} from './restore-points';
import { pageSchema } from './schema';

/**
 * One element of the v6 help page's example answer, verbatim
 * (https://helpcenter.veeam.com/archive/vbo365/60/rest/get_restore_points.html).
 */
const helpPageExample = {
  id: '79f3e494-4991-4dd5-b6fa-f1cf8c42126531e4e204-7ce3-48f6-8c87-4a17f5da7e07',
  repositoryId: '79f3e494-4991-4dd5-b6fa-f1cf8c421265',
  backupTime: '2022-02-22T14:44:22.3764709Z',
  jobId: '1f6f7c97-0df4-4866-8c37-309fda301894',
  retrievalId: '00000000-0000-0000-0000-000000000000',
  organizationId: 'e60dfb9c-ac58-4463-879f-9855ac35576b',
  isExchange: false,
  isSharePoint: true,
  isOneDrive: false,
  isTeams: false,
  isLongTermCopy: true,
  isRetrieved: false,
  _links: {
    self: {
      href: '/v6/restorePoints/79f3e494-4991-4dd5-b6fa-f1cf8c42126531e4e204-7ce3-48f6-8c87-4a17f5da7e07',
    },
    organization: { href: '/v6/organizations/e60dfb9c-ac58-4463-879f-9855ac35576b' },
    backupRepository: { href: '/v6/backuprepositories/79f3e494-4991-4dd5-b6fa-f1cf8c421265' },
  },
};

describe('RestorePointSchema', () => {
  it('reads the v6 help-page example: 72-character id, 7 fraction digits, relative links', () => {
    const point = RestorePointSchema.parse(helpPageExample);
    expect(point.id).toHaveLength(72);
    expect(point.backupTime.toISOString()).toBe('2022-02-22T14:44:22.376Z');
    expect(point.workloads).toEqual({
      exchange: false,
      sharePoint: true,
      oneDrive: false,
      teams: false,
    });
    expect(point.isLongTermCopy).toBe(true);
    expect(point.isRetrieved).toBe(false);
    expect(point.isCopy).toBeNull(); // v7+
    expect(point.organizationHref).toBe('/v6/organizations/e60dfb9c-ac58-4463-879f-9855ac35576b');
    expect(point.repositoryHref).toBe(
      '/v6/backuprepositories/79f3e494-4991-4dd5-b6fa-f1cf8c421265',
    );
    expect(point.links.map((link) => link.rel)).toEqual([
      'self',
      'organization',
      'backupRepository',
    ]);
    expect(point.raw).not.toHaveProperty('_links');
    expect(point.raw.backupTime).toBe('2022-02-22T14:44:22.3764709Z');
  });

  it('reads the v8 fields and a null immutability date', () => {
    const point = RestorePointSchema.parse({
      ...helpPageExample,
      isCopy: true,
      isDeleted: false,
      eTag: 3,
      objectsEtag: 40,
      immutabilityExpiresOn: '2025-07-16T04:00:52.107Z',
    });
    expect(point.isCopy).toBe(true);
    expect(point.eTag).toBe(3);
    expect(point.immutabilityExpiresOn?.toISOString()).toBe('2025-07-16T04:00:52.107Z');
    expect(
      RestorePointSchema.parse({ ...helpPageExample, immutabilityExpiresOn: null })
        .immutabilityExpiresOn,
    ).toBeNull();
  });

  it('names the field when the backup time is missing or unreadable', () => {
    const { backupTime: _dropped, ...withoutTime } = helpPageExample;
    const missing = RestorePointSchema.safeParse(withoutTime);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['backupTime']);
    const garbled = RestorePointSchema.safeParse({ ...helpPageExample, backupTime: 'yesterday' });
    expect(garbled.error?.issues[0]?.message).toContain('not a date-time');
  });
});

describe('pageSchema', () => {
  const schema = pageSchema(RestorePointSchema);

  it('turns a v6 bare array into one complete page', () => {
    const page = schema.parse([helpPageExample, helpPageExample]);
    expect(page).toMatchObject({ offset: 0, limit: 2, totalCount: 2, hasNext: false });
    expect(page.items).toHaveLength(2);
  });

  it('reads a v7/v8 page: next from _links.next or from totalCount', () => {
    const v8 = schema.parse({
      offset: 30,
      limit: 30,
      setId: '3f1f8a55-5e1b-4a39-9d0e-0f3c1f0b9b11',
      results: [helpPageExample],
      _links: { self: { href: 'x' }, next: { href: 'y' } },
    });
    expect(v8).toMatchObject({ offset: 30, limit: 30, totalCount: null, hasNext: true });
    const last = schema.parse({
      offset: 0,
      limit: 30,
      results: [helpPageExample],
      _links: { self: { href: 'x' } },
    });
    expect(last.hasNext).toBe(false);
    const v7 = schema.parse({ offset: 0, limit: 1, totalCount: 5, results: [helpPageExample] });
    expect(v7).toMatchObject({ totalCount: 5, hasNext: true });
  });

  it('assumes more behind a full page that comes with neither a count nor links', () => {
    const full = { offset: 0, limit: 2, results: [helpPageExample, helpPageExample] };
    expect(schema.parse(full).hasNext).toBe(true);
    expect(schema.parse({ ...full, results: [helpPageExample] }).hasNext).toBe(false);
  });
});

describe('against the mock, every version', () => {
  let signedIn: M365Session;
  beforeAll(async () => {
    signedIn = await signInM365(DEMO_CREDENTIALS.m365.username, DEMO_CREDENTIALS.m365.password);
  });
  beforeEach(() => {
    session.set('m365', signedIn);
  });

  it('lists organizations, jobs and repositories, arrays (v6/v7) and pages (v8) alike', async () => {
    for (const version of M365_VERSIONS) {
      const organizations = await fetchOrganizations(version);
      expect(organizations.map((org) => org.displayName)).toEqual([
        'Contoso',
        'Fabrikam',
        'Northwind Traders',
      ]);
      expect(organizations[0]?.lastBackup).toBeInstanceOf(Date);
      const jobs = await fetchJobs(version);
      expect(jobs).toHaveLength(7);
      expect(jobs[0]?.organizationId === null).toBe(version === 'v6'); // arrived in v7
      const repositories = await fetchBackupRepositories(version);
      expect(repositories.map((repo) => repo.name)).toContain('Wasabi Long-Term');
    }
  });

  it('reads one organization and one repository', async () => {
    const [contoso] = await fetchOrganizations('v8');
    expect((await fetchOrganization('v8', contoso!.id)).name).toBe('contoso.onmicrosoft.com');
    const [primary] = await fetchBackupRepositories('v7');
    const repository = await fetchBackupRepository('v7', primary!.id);
    expect(repository.capacityBytes).toBeGreaterThan(0);
    expect(repository.links[0]?.href).toMatch(
      /^https:\/\/vb365\.demo\.local:4443\/v7\/BackupRepositories\//,
    );
  });

  it('v6 answers the whole filtered list at once, v7/v8 one page at a time', async () => {
    const v6 = await fetchRestorePoints('v6', {});
    expect(v6.hasNext).toBe(false);
    expect(v6.items.length).toBeGreaterThan(PAGE_SIZE);
    const v7 = await fetchRestorePoints('v7', { limit: String(PAGE_SIZE), offset: '0' });
    expect(v7.items).toHaveLength(PAGE_SIZE);
    expect(v7.totalCount).toBe(v6.items.length);
    expect(v7.hasNext).toBe(true);
    const v8 = await fetchRestorePoints('v8', { limit: String(PAGE_SIZE), offset: '0' });
    expect(v8.totalCount).toBeNull();
    expect(v8.hasNext).toBe(true);
    expect(v8.items[0]?.organizationHref).toMatch(
      /^https:\/\/vb365\.demo\.local:4443\/v8\/Organizations\//,
    );
  });

  it('filters on the server the same way on every version', async () => {
    const [contoso] = await fetchOrganizations('v6');
    const view = {
      ...EMPTY_VIEW,
      org: contoso!.id,
      longTerm: 'yes',
      after: '2025-06-09T00:00:00Z',
    };
    const v6 = await fetchRestorePoints('v6', toApiQuery('v6', view));
    const v8 = await fetchRestorePoints('v8', toApiQuery('v8', view));
    expect(v6.items.length).toBeGreaterThan(0);
    expect(v8.items.map((point) => point.id)).toEqual(v6.items.map((point) => point.id));
    for (const point of v6.items) {
      expect(point.organizationId).toBe(contoso!.id);
      expect(point.isLongTermCopy).toBe(true);
      expect(point.backupTime.getTime()).toBeGreaterThan(Date.parse('2025-06-09T00:00:00Z'));
    }
  });

  it('passes the server’s 400 on to the caller with its message', async () => {
    const error = await fetchRestorePoints('v8', { organizationId: 'contoso' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toContain("'contoso'");
  });

  it('reads one restore point by its opaque id', async () => {
    const { items } = await fetchRestorePoints('v6', {});
    const long = items.find((point) => point.id.length === 72)!;
    expect((await fetchRestorePoint('v6', long.id)).backupTime).toEqual(long.backupTime);
  });

  it('finds the newest point per workload; Fabrikam Teams is days old', async () => {
    const organizations = await fetchOrganizations('v8');
    const fabrikam = organizations.find((org) => org.displayName === 'Fabrikam')!;
    for (const version of M365_VERSIONS) {
      const history = await fetchOrganizationHistory(version, fabrikam.id, 30, { now: TEST_NOW });
      const { exchange, teams } = history.newest;
      // Both points exist: an age measured from nothing would look days old too.
      expect(exchange?.backupTime).toBeInstanceOf(Date);
      expect(teams?.backupTime).toBeInstanceOf(Date);
      const age = (time: Date) => (TEST_NOW.getTime() - time.getTime()) / 3_600_000;
      expect(age(exchange!.backupTime)).toBeLessThan(24);
      expect(age(teams!.backupTime)).toBeGreaterThan(48);
      expect(age(teams!.backupTime)).toBeLessThan(14 * 24); // days, not "since the epoch"
      expect(teams!.organizationId).toBe(fabrikam.id);
      expect(history.points.every((point) => point.organizationId === fabrikam.id)).toBe(true);
      expect(history.points.length).toBeGreaterThan(30);
      expect(history.truncated).toBe(false);
    }
  });

  it('follows v8 pages for the history until every workload is found', async () => {
    const requests = recordRequests();
    server.use(
      // A server that pages by 2, to make the history walk several pages.
      http.get(/\/v8\/RestorePoints$/i, async ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.get('limit') === '2') return undefined;
        url.searchParams.set('limit', '2');
        const response = await fetch(url, { headers: request.headers });
        return HttpResponse.json((await response.json()) as Record<string, unknown>);
      }),
    );
    const organizations = await fetchOrganizations('v8');
    const fabrikam = organizations.find((org) => org.displayName === 'Fabrikam')!;
    const history = await fetchOrganizationHistory('v8', fabrikam.id, 1, { now: TEST_NOW });
    const calls = urls(requests)
      .filter((url) => url.pathname.includes('RestorePoints'))
      .map((url) => url.search);
    expect(history.newest.teams).not.toBeNull();
    // Each page goes on from what arrived, not from what was asked for.
    expect(calls.filter((search) => search.includes('limit=1000')).length).toBeGreaterThan(2);
    expect(calls).toContainEqual(expect.stringContaining('limit=1000&offset=2'));
  });
});
