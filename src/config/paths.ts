/**
 * Every page's URL: one entry per route holds the pattern the router matches
 * and the builder links use, so the two cannot drift apart.
 */
type Query = Record<string, string | number | undefined>;

/** `'/vms/:vmName'` → `[vmName]`: a builder takes its pattern's params in order. */
type Params<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? [Name, ...Params<Rest>]
  : P extends `${string}:${infer Name}`
    ? [Name]
    : [];
type Strings<T extends string[]> = { [K in keyof T]: string };
type Values<P extends string> = Strings<Params<P>>;

const PARAM = /:[A-Za-z]+/g;

function fill(pattern: string, args: readonly unknown[]): string {
  let i = 0;
  const path = pattern.replace(PARAM, () => encodeURIComponent(String(args[i++])));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((args[i] ?? {}) as Query)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** A route: `paths.x(...params)` builds its URL, `paths.x.pattern` is what the router matches. */
function route<const P extends string>(pattern: P) {
  return Object.assign((...params: Values<P>) => fill(pattern, params), { pattern });
}

/** A route whose builder also takes a query string, after its params. */
const withQuery =
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- Q is always given: the query's shape
  <Q extends Query>() =>
    <const P extends string>(pattern: P) =>
      Object.assign((...args: [...Values<P>, Q?]) => fill(pattern, args), { pattern });

export type Objective = { rpo?: number; days?: number | 'all' };
/** The chosen time of a point-in-time lookup (ISO 8601 UTC). */
type At = { at?: string };
/** The overviews' filters: state (within, outside, retired), server, backup. */
type OverviewQuery = {
  rpo?: number;
  retired?: number;
  state?: string;
  server?: string;
  backup?: string;
};

export const paths = {
  home: route('/'),
  overview: withQuery<OverviewQuery>()('/overview'),
  login: withQuery<{ from?: string; kind?: 'em' | 'm365'; reason?: 'expired' | 'signed-out' }>()(
    '/login',
  ),
  backups: route('/backups'),
  backup: route('/backups/:backupId'),
  restorePoint: route('/restore-points/:restorePointId'),
  backupFile: route('/backup-files/:backupFileId'),
  vmRestorePoint: route('/vm-restore-points/:vmRestorePointId'),
  backupServer: route('/backup-servers/:backupServerId'),
  vmSearch: withQuery<{ q?: string }>()('/vms'),
  vm: withQuery<Objective & At>()('/vms/:vmName'),
  m365RestorePoints: withQuery<Record<string, string | undefined>>()('/m365/restore-points'),
  m365Overview: withQuery<{ rpo?: number; state?: string }>()('/m365/overview'),
  m365Organization: withQuery<Objective & At & { workload?: string }>()(
    '/m365/organizations/:organizationId',
  ),
  m365Repository: route('/m365/repositories/:repositoryId'),
};
