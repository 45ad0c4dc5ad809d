/** Every URL in the app comes from here, so links and routes cannot drift apart. */
const enc = encodeURIComponent;

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export const paths = {
  home: () => '/',
  login: (query: { from?: string; kind?: 'em' | 'm365'; reason?: 'expired' } = {}) =>
    withQuery('/login', query),
  backups: () => '/backups',
  backup: (backupId: string) => `/backups/${enc(backupId)}`,
  restorePoint: (restorePointId: string) => `/restore-points/${enc(restorePointId)}`,
  backupFile: (backupFileId: string) => `/backup-files/${enc(backupFileId)}`,
  vmRestorePoint: (vmRestorePointId: string) => `/vm-restore-points/${enc(vmRestorePointId)}`,
  backupServer: (backupServerId: string) => `/backup-servers/${enc(backupServerId)}`,
  vm: (vmName: string, query: { rpo?: number; days?: number | 'all' } = {}) =>
    withQuery(`/vms/${enc(vmName)}`, query),
  vmSearch: (q?: string) => withQuery('/vms', { q }),
  m365RestorePoints: (query: Record<string, string | undefined> = {}) =>
    withQuery('/m365/restore-points', query),
  m365Organization: (organizationId: string) => `/m365/organizations/${enc(organizationId)}`,
  m365Repository: (repositoryId: string) => `/m365/repositories/${enc(repositoryId)}`,
} as const;

/** Route patterns for the router, matching the builders above. */
export const routePatterns = {
  login: '/login',
  backups: '/backups',
  backup: '/backups/:backupId',
  restorePoint: '/restore-points/:restorePointId',
  backupFile: '/backup-files/:backupFileId',
  vmRestorePoint: '/vm-restore-points/:vmRestorePointId',
  backupServer: '/backup-servers/:backupServerId',
  vms: '/vms',
  vm: '/vms/:vmName',
  m365RestorePoints: '/m365/restore-points',
  m365Organization: '/m365/organizations/:organizationId',
  m365Repository: '/m365/repositories/:repositoryId',
} as const;
