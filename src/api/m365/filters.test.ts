import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  EMPTY_VIEW,
  formatV6Time,
  hasFilters,
  lastMonday,
  pickerToUrl,
  problems,
  readView,
  toApiQuery,
  viewChanges,
  urlToPicker,
  viewQuery,
  type RestorePointView,
} from './filters';

const ORG = 'e60dfb9c-ac58-4463-879f-9855ac35576b';
const JOB = '1f6f7c97-0df4-4866-8c37-309fda301894';
const REPO = '79f3e494-4991-4dd5-b6fa-f1cf8c421265';

const full: RestorePointView = {
  ...EMPTY_VIEW,
  org: ORG,
  job: JOB,
  repo: REPO,
  after: '2025-06-09T00:00:00.000Z',
  before: '2025-06-15T18:30:00.000Z',
  longTerm: 'yes',
  retrieved: 'no',
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('page URL ↔ view', () => {
  it('reads every filter, the sort and the page from readable names', () => {
    const params = new URLSearchParams(
      `org=${ORG}&job=${JOB}&repo=${REPO}&after=2025-06-09T00:00:00.000Z&before=2025-06-15T18:30:00.000Z&longTerm=yes&retrieved=no&sort=organization&dir=desc&page=3`,
    );
    expect(readView(params)).toEqual({ ...full, sort: 'organization', dir: 'desc', page: 3 });
  });

  it('has defaults for a bare URL and ignores unknown sorts and bad pages', () => {
    expect(readView(new URLSearchParams())).toEqual(EMPTY_VIEW);
    expect(readView(new URLSearchParams('sort=nonsense&page=-2&dir=up'))).toEqual(EMPTY_VIEW);
    expect(readView(new URLSearchParams('sort=job')).dir).toBe('asc');
    expect(readView(new URLSearchParams('org=%20%20'))).toEqual(EMPTY_VIEW);
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const query = viewQuery({ ...full, sort: 'job', dir: 'asc', page: 2 });
    expect(query).toEqual({
      org: ORG,
      job: JOB,
      repo: REPO,
      after: '2025-06-09T00:00:00.000Z',
      before: '2025-06-15T18:30:00.000Z',
      longTerm: 'yes',
      retrieved: 'no',
      sort: 'job',
      dir: 'asc',
      page: '2',
    });
    const params = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    expect(readView(params)).toEqual({ ...full, sort: 'job', dir: 'asc', page: 2 });
    expect(Object.values(viewQuery(EMPTY_VIEW)).every((value) => value === undefined)).toBe(true);
  });

  it('leaves parameters it does not own alone and goes back to page 1 when a filter changes', () => {
    const current = new URLSearchParams(`org=${ORG}&page=4&point=abc`);
    const changes = viewChanges(current, { longTerm: 'yes' });
    expect(changes).not.toHaveProperty('point');
    expect(changes.longTerm).toBe('yes');
    expect(changes.org).toBe(ORG);
    expect(changes.page).toBeNull();
    expect(viewChanges(current, { page: 5 }).page).toBe('5');
    expect(viewChanges(current, { org: null }).org).toBeNull();
  });

  it('knows when a view is filtered', () => {
    expect(hasFilters(EMPTY_VIEW)).toBe(false);
    expect(hasFilters({ ...EMPTY_VIEW, sort: 'job', page: 3 })).toBe(false);
    expect(hasFilters({ ...EMPTY_VIEW, retrieved: 'no' })).toBe(true);
  });
});

describe('view → API query', () => {
  it('v6: organizationId, jobId, repositoryId, backupTime in UTC yyyy-MM-dd HH:mm:ss.SSS, booleans; no paging', () => {
    expect(toApiQuery('v6', { ...full, page: 3, sort: 'time', dir: 'asc' })).toEqual({
      organizationId: ORG,
      jobId: JOB,
      repositoryId: REPO,
      backupTime: '2025-06-09 00:00:00.000',
      isLongTermCopy: 'true',
      isRetrieved: 'false',
    });
  });

  it('v6: converts a URL time with an offset to UTC', () => {
    const view = { ...EMPTY_VIEW, after: '2025-06-09T02:15:30.250+02:00' };
    expect(toApiQuery('v6', view)).toEqual({ backupTime: '2025-06-09 00:15:30.250' });
    expect(formatV6Time(new Date('2022-02-22T14:44:22.376Z'))).toBe('2022-02-22 14:44:22.376');
  });

  it('v7/v8: from/to in ISO UTC, orderAsc from the time sort, limit and offset from the page', () => {
    for (const version of ['v7', 'v8'] as const) {
      expect(toApiQuery(version, { ...full, page: 3 })).toEqual({
        organizationId: ORG,
        jobId: JOB,
        repositoryId: REPO,
        from: '2025-06-09T00:00:00.000Z',
        to: '2025-06-15T18:30:00.000Z',
        isLongTermCopy: 'true',
        isRetrieved: 'false',
        orderAsc: 'false',
        limit: '25',
        offset: '50',
      });
    }
    expect(toApiQuery('v8', { ...EMPTY_VIEW, dir: 'asc' }).orderAsc).toBe('true');
    // Another column sorts the page in the browser: the server keeps its newest-first order.
    expect(toApiQuery('v8', { ...EMPTY_VIEW, sort: 'job', dir: 'asc' }).orderAsc).toBe('false');
    expect(toApiQuery('v8', EMPTY_VIEW)).toEqual({ orderAsc: 'false', limit: '25', offset: '0' });
  });

  it('v6 has no "created before": it is left out', () => {
    expect(toApiQuery('v6', { ...EMPTY_VIEW, before: '2025-06-15T00:00:00Z' })).toEqual({});
  });

  it('sends values it cannot read as they are, for the server to explain', () => {
    const view = { ...EMPTY_VIEW, org: 'not-a-guid', after: 'last tuesday', longTerm: 'maybe' };
    expect(toApiQuery('v6', view)).toEqual({
      organizationId: 'not-a-guid',
      backupTime: 'last tuesday',
      isLongTermCopy: 'maybe',
    });
    expect(toApiQuery('v8', view)).toMatchObject({ from: 'last tuesday' });
  });
});

describe('problems', () => {
  it('marks ids, dates and yes/no values the app cannot read', () => {
    const view = {
      ...EMPTY_VIEW,
      org: 'contoso',
      job: JOB,
      repo: '123',
      after: 'yesterday',
      before: '2025-06-15',
      longTerm: 'true',
      retrieved: 'no',
    };
    const found = problems(view, 'v8');
    expect(Object.keys(found).sort()).toEqual(['after', 'longTerm', 'org', 'repo']);
    expect(found.org).toContain('not a valid organization id');
    expect(problems(full, 'v8')).toEqual({});
    expect(problems(full, 'v6').before).toContain('no “created before” filter');
  });
});

describe('date picker ↔ URL', () => {
  it('turns the local wall-clock time into ISO 8601 UTC and back', () => {
    vi.stubEnv('TZ', 'Europe/Berlin');
    expect(pickerToUrl('2025-06-09 00:00:00')).toBe('2025-06-08T22:00:00.000Z');
    expect(urlToPicker('2025-06-08T22:00:00.000Z')).toBe('2025-06-09 00:00:00');
    vi.stubEnv('TZ', 'America/New_York');
    expect(pickerToUrl('2025-01-15 08:30:00')).toBe('2025-01-15T13:30:00.000Z');
  });

  it('handles empty and unreadable values', () => {
    expect(pickerToUrl(null)).toBeNull();
    expect(pickerToUrl('')).toBeNull();
    expect(urlToPicker('not a date')).toBeNull();
    expect(urlToPicker(null)).toBeNull();
  });

  it('finds last Monday at local midnight', () => {
    vi.stubEnv('TZ', 'UTC');
    // Wednesday → the Monday two days before; Monday → a week before; Sunday → six days before.
    expect(lastMonday(new Date('2025-06-18T15:00:00Z')).toISOString()).toBe(
      '2025-06-16T00:00:00.000Z',
    );
    expect(lastMonday(new Date('2025-06-16T15:00:00Z')).toISOString()).toBe(
      '2025-06-09T00:00:00.000Z',
    );
    expect(lastMonday(new Date('2025-06-22T15:00:00Z')).toISOString()).toBe(
      '2025-06-16T00:00:00.000Z',
    );
  });
});
