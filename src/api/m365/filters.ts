/**
 * The restore point browser's state ↔ its page URL ↔ the API query, in one
 * place. The URL uses readable names (`org`, `after`, `longTerm`…) so a filtered
 * view can be shared; `toApiQuery` maps them to each version's parameters
 * (docs/api-notes.md#m365-restore-points): v6 filters "created after" with
 * `backupTime` (`yyyy-MM-dd HH:mm:ss.SSS`, UTC) and answers everything at once;
 * v7/v8 take `from`/`to` (ISO 8601 UTC), `orderAsc`, `limit` and `offset`.
 *
 * Values the app cannot read (a bad GUID, an unparsable date) are sent as they
 * are: the server says what is wrong, and `problems` marks the control.
 */
import dayjs from 'dayjs';
import { DEFAULT_PAGE_SIZE } from '@/config/page-sizes';
import { parseUtc } from '@/lib/dates';
import type { SortDirection } from '@/lib/sort-rows';
import type { M365Version } from './auth';

export type SortKey = 'time' | 'organization' | 'job' | 'repository' | 'longTerm' | 'retrieved';

export interface RestorePointView {
  /** Organization id. */
  org: string | null;
  job: string | null;
  repo: string | null;
  /** "Created after", as written in the URL (ISO 8601 UTC). */
  after: string | null;
  /** "Created before" (v7/v8 only). */
  before: string | null;
  /** `yes` | `no`; anything else goes to the server as is. */
  longTerm: string | null;
  retrieved: string | null;
  sort: SortKey;
  dir: SortDirection;
  /** 1-based. */
  page: number;
  /** Rows per page. */
  size: number;
}

export const FILTER_KEYS = [
  'org',
  'job',
  'repo',
  'after',
  'before',
  'longTerm',
  'retrieved',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const SORT_KEYS: readonly SortKey[] = [
  'time',
  'organization',
  'job',
  'repository',
  'longTerm',
  'retrieved',
];
export const DEFAULT_SORT: { sort: SortKey; dir: SortDirection } = { sort: 'time', dir: 'desc' };
const MAX_PAGE_SIZE = 1000;

export const EMPTY_VIEW: RestorePointView = {
  org: null,
  job: null,
  repo: null,
  after: null,
  before: null,
  longTerm: null,
  retrieved: null,
  ...DEFAULT_SORT,
  page: 1,
  size: DEFAULT_PAGE_SIZE,
};

/** URL → view. Never throws: odd values are kept so the user sees and fixes them. */
export function readView(params: URLSearchParams): RestorePointView {
  const text = (key: string) => {
    const value = params.get(key)?.trim();
    return value ? value : null;
  };
  const sort = SORT_KEYS.find((key) => key === text('sort')) ?? DEFAULT_SORT.sort;
  const dir = text('dir');
  const page = Number(text('page') ?? '1');
  const size = Number(text('size') ?? DEFAULT_PAGE_SIZE);
  return {
    org: text('org'),
    job: text('job'),
    repo: text('repo'),
    after: text('after'),
    before: text('before'),
    longTerm: text('longTerm'),
    retrieved: text('retrieved'),
    sort,
    dir: dir === 'asc' || dir === 'desc' ? dir : defaultDirection(sort),
    page: Number.isInteger(page) && page > 1 ? page : 1,
    size: Number.isInteger(size) && size > 0 && size <= MAX_PAGE_SIZE ? size : DEFAULT_PAGE_SIZE,
  };
}

/** Newest first for the time; A→Z for the rest. */
function defaultDirection(sort: SortKey): SortDirection {
  return sort === 'time' ? DEFAULT_SORT.dir : 'asc';
}

/** View → the page's query parameters, defaults left out. */
export function viewQuery(view: Partial<RestorePointView>): Record<string, string | undefined> {
  const full = { ...EMPTY_VIEW, ...view };
  const isDefaultSort = full.sort === DEFAULT_SORT.sort && full.dir === DEFAULT_SORT.dir;
  return {
    org: full.org ?? undefined,
    job: full.job ?? undefined,
    repo: full.repo ?? undefined,
    after: full.after ?? undefined,
    before: full.before ?? undefined,
    longTerm: full.longTerm ?? undefined,
    retrieved: full.retrieved ?? undefined,
    sort: isDefaultSort ? undefined : full.sort,
    dir: isDefaultSort ? undefined : full.dir,
    page: full.page > 1 ? String(full.page) : undefined,
    size: full.size !== DEFAULT_PAGE_SIZE ? String(full.size) : undefined,
  };
}

/**
 * The URL parameter changes that apply `changes` to the current view; parameters
 * this view does not own (e.g. `point`) are left alone. Changing a filter or the
 * sort goes back to page 1.
 */
export function viewChanges(
  current: URLSearchParams,
  changes: Partial<RestorePointView>,
): Record<string, string | null> {
  const resetPage = Object.keys(changes).some((key) => key !== 'page');
  const view = { ...readView(current), ...changes, ...(resetPage ? { page: 1 } : {}) };
  return Object.fromEntries(
    Object.entries(viewQuery(view)).map(([key, value]) => [key, value ?? null]),
  );
}

/** True when the view narrows the list (sort and page do not count). */
export function hasFilters(view: RestorePointView): boolean {
  return FILTER_KEYS.some((key) => view[key] !== null);
}

/** A URL date (ISO 8601; no zone means UTC; a bare day is its midnight) → Date, or null. */
export function parseUrlDate(value: string | null): Date | null {
  if (!value) return null;
  return parseUtc(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value);
}

/**
 * The v6 `backupTime` format: `yyyy-MM-dd HH:mm:ss.SSS` in UTC
 * (https://helpcenter.veeam.com/archive/vbo365/60/rest/get_restore_points.html).
 */
export function formatV6Time(date: Date): string {
  return date.toISOString().slice(0, 23).replace('T', ' ');
}

function apiBool(value: string | null): string | undefined {
  if (value === null) return undefined;
  if (value === 'yes') return 'true';
  if (value === 'no') return 'false';
  return value; // not ours to fix: the server answers 400 and says why
}

function apiDate(value: string | null, format: (date: Date) => string): string | undefined {
  if (value === null) return undefined;
  const date = parseUrlDate(value);
  return date ? format(date) : value;
}

/** The view as the version's query parameters for GET /vN/RestorePoints. */
export function toApiQuery(version: M365Version, view: RestorePointView): Record<string, string> {
  const query: Record<string, string | undefined> = {
    organizationId: view.org ?? undefined,
    jobId: view.job ?? undefined,
    repositoryId: view.repo ?? undefined,
  };
  if (version === 'v6') {
    query.backupTime = apiDate(view.after, formatV6Time);
    query.isLongTermCopy = apiBool(view.longTerm);
    query.isRetrieved = apiBool(view.retrieved);
  } else {
    query.from = apiDate(view.after, (date) => date.toISOString());
    query.to = apiDate(view.before, (date) => date.toISOString());
    query.isLongTermCopy = apiBool(view.longTerm);
    query.isRetrieved = apiBool(view.retrieved);
    // Only the backup time sorts on the server; other columns sort the page in the browser.
    query.orderAsc = String(view.sort === 'time' && view.dir === 'asc');
    query.limit = String(view.size);
    query.offset = String((view.page - 1) * view.size);
  }
  return Object.fromEntries(
    Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** Whether the version filters "created before" (v6 has no such parameter). */
export function supportsBefore(version: M365Version): boolean {
  return version !== 'v6';
}

/** Whether the server pages (and sorts by time): v7/v8 do, v6 answers everything at once. */
export function pagesOnServer(version: M365Version): boolean {
  return version !== 'v6';
}

const GUID = /^[{(]?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}[})]?$/i;

/**
 * What the app can already tell is wrong with a URL's filter values, per field,
 * to mark the control. The request is still sent; the server has the last word.
 */
export function problems(
  view: RestorePointView,
  version: M365Version,
): Partial<Record<FilterKey, string>> {
  const found: Partial<Record<FilterKey, string>> = {};
  const ids: [FilterKey, string][] = [
    ['org', 'organization'],
    ['job', 'job'],
    ['repo', 'repository'],
  ];
  for (const [key, what] of ids) {
    const value = view[key];
    if (value !== null && !GUID.test(value)) found[key] = `“${value}” is not a valid ${what} id.`;
  }
  for (const key of ['after', 'before'] as const) {
    const value = view[key];
    if (value !== null && !parseUrlDate(value)) {
      found[key] = `“${value}” is not a date and time (use ISO 8601, e.g. 2025-06-09T00:00:00Z).`;
    }
  }
  if (view.before !== null && !supportsBefore(version)) {
    found.before = `API ${version} has no “created before” filter; it is ignored.`;
  }
  for (const key of ['longTerm', 'retrieved'] as const) {
    const value = view[key];
    if (value !== null && value !== 'yes' && value !== 'no') {
      found[key] = `“${value}” is not yes or no.`;
    }
  }
  return found;
}

/** The date picker's local wall-clock text (`YYYY-MM-DD HH:mm:ss`) → the URL's ISO 8601 UTC. */
export function pickerToUrl(value: string | null): string | null {
  if (!value) return null;
  const date = dayjs(value);
  return date.isValid() ? date.toDate().toISOString() : null;
}

/** The URL's date → the picker's local wall-clock text; null when unreadable. */
export function urlToPicker(value: string | null): string | null {
  const date = parseUrlDate(value);
  return date ? dayjs(date).format('YYYY-MM-DD HH:mm:ss') : null;
}

/** Midnight (local) of the most recent Monday before today: "after last Monday". */
export function lastMonday(now: Date = new Date()): Date {
  const today = dayjs(now).startOf('day');
  const back = (today.day() + 6) % 7 || 7; // Monday → 7 days back, Tuesday → 1, Sunday → 6
  return today.subtract(back, 'day').toDate();
}
