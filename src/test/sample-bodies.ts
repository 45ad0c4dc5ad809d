/**
 * One real answer per API resource, taken from the shared mock: what the
 * property tests mutate. Small pages (3 items) keep each parse cheap.
 */
import { getResponse } from 'msw';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { handlers } from '@/mocks/node';

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await getResponse(handlers, new Request(`http://localhost${path}`, init));
  if (!response?.ok)
    throw new Error(`the mock did not answer ${path}: ${String(response?.status)}`);
  return response;
}

async function json(path: string, init: RequestInit = {}): Promise<unknown> {
  return JSON.parse((await (await call(path, init)).text()).replace(/^\uFEFF/, '')) as unknown;
}

const firstUid = (page: unknown, plural: string): string => {
  const entities = (page as { Entities: Record<string, Record<string, { UID: string }[]>> })
    .Entities;
  const uid = entities[plural]?.[plural]?.[0]?.UID ?? '';
  return uid.slice(uid.lastIndexOf(':') + 1);
};

export async function emSamples() {
  const { username, password } = DEMO_CREDENTIALS.em;
  const logon = await call('/api/sessionMngr/?v=latest', {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${username}:${password}`)}` },
  });
  const token = logon.headers.get('X-RestSvcSessionId') ?? '';
  const init = { headers: { 'X-RestSvcSessionId': token, Accept: 'application/json' } };
  const get = (path: string) => json(path, init);
  const page = (type: string) => get(`/api/query?type=${type}&format=Entities&pageSize=3`);
  const backups = await page('Backup');
  const restorePoints = await page('RestorePoint');
  const vmRestorePoints = await page('VmRestorePoint');
  const backupFiles = await page('BackupFile');
  const restorePointId = firstUid(restorePoints, 'RestorePoints');
  const servers = (await get('/api/backupServers')) as { Refs: { UID: string }[] };
  const serverUid = servers.Refs[0]?.UID ?? '';
  const serverId = serverUid.slice(serverUid.lastIndexOf(':') + 1);
  return {
    logon: JSON.parse((await logon.text()).replace(/^\uFEFF/, '')) as unknown,
    backups,
    backup: await get(`/api/backups/${firstUid(backups, 'Backups')}?format=Entity`),
    restorePoints,
    restorePoint: await get(`/api/restorePoints/${restorePointId}?format=Entity`),
    vmRestorePoints,
    vmRestorePoint: await get(
      `/api/vmRestorePoints/${firstUid(vmRestorePoints, 'VmRestorePoints')}?format=Entity`,
    ),
    backupFiles,
    backupFile: await get(`/api/backupFiles/${firstUid(backupFiles, 'BackupFiles')}?format=Entity`),
    backupServer: await get(`/api/backupServers/${serverId}?format=Entity`),
    references: await get(`/api/restorePoints/${restorePointId}/backupFiles`),
    queryReferences: await get('/api/query?type=Backup&format=References&pageSize=3'),
  };
}

export async function m365Samples() {
  const { username, password } = DEMO_CREDENTIALS.m365;
  const form = new URLSearchParams({ grant_type: 'password', username, password });
  const token = (await json('/v8/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  })) as { access_token: string };
  const init = { headers: { Authorization: `Bearer ${token.access_token}` } };
  const get = (path: string) => json(path, init);
  const organizations = (await get('/v8/Organizations?limit=3')) as { results: { id: string }[] };
  const repositories = (await get('/v8/BackupRepositories?limit=3')) as {
    results: { id: string }[];
  };
  const restorePoints = (await get('/v8/RestorePoints?limit=3')) as { results: { id: string }[] };
  return {
    token,
    organizations,
    organizationsV6: await get('/v6/Organizations?extendedView=false'),
    organization: await get(`/v8/Organizations/${organizations.results[0]?.id ?? ''}`),
    jobs: await get('/v8/Jobs?limit=3'),
    repositories,
    repository: await get(`/v8/BackupRepositories/${repositories.results[0]?.id ?? ''}`),
    restorePoints,
    restorePoint: await get(`/v8/RestorePoints/${restorePoints.results[0]?.id ?? ''}`),
  };
}
