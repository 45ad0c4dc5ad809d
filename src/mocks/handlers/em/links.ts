/**
 * Hrefs and the `Up` links several resources share; every Href is absolute
 * (docs/api-notes.md#em-representation).
 */
import { apiUrl, type EmContext } from './context';
import { lookup, nameOf } from './data-index';
import { link, type EmLink } from './respond';

export const hrefs = {
  backupServer: (ctx: EmContext, id: string) => apiUrl(ctx, `/backupServers/${id}`),
  repository: (ctx: EmContext, id: string) => apiUrl(ctx, `/repositories/${id}`),
  backup: (ctx: EmContext, id: string) => apiUrl(ctx, `/backups/${id}`),
  restorePoint: (ctx: EmContext, id: string) => apiUrl(ctx, `/restorePoints/${id}`),
  backupFile: (ctx: EmContext, id: string) => apiUrl(ctx, `/backupFiles/${id}`),
  vmRestorePoint: (ctx: EmContext, id: string) => apiUrl(ctx, `/vmRestorePoints/${id}`),
};

export const entityHref = (href: string): string => `${href}?format=Entity`;

export const serverUp = (ctx: EmContext, id: string): EmLink =>
  link(
    'Up',
    hrefs.backupServer(ctx, id),
    'BackupServerReference',
    nameOf(ctx.index.backupServers, id),
  );

export const repositoryUp = (ctx: EmContext, id: string): EmLink =>
  link('Up', hrefs.repository(ctx, id), 'RepositoryReference', nameOf(ctx.index.repositories, id));

export const backupUp = (ctx: EmContext, id: string): EmLink =>
  link('Up', hrefs.backup(ctx, id), 'BackupReference', nameOf(ctx.index.backups, id));

export const restorePointUp = (ctx: EmContext, id: string): EmLink =>
  link(
    'Up',
    hrefs.restorePoint(ctx, id),
    'RestorePointReference',
    nameOf(ctx.index.restorePoints, id),
  );

export const backupFileUp = (ctx: EmContext, id: string): EmLink =>
  link('Up', hrefs.backupFile(ctx, id), 'BackupFileReference', nameOf(ctx.index.backupFiles, id));

/** Parents of sub-collections: the 404 noun and the lookup. */
export const parents = (ctx: EmContext) => ({
  backupServer: { kind: 'BackupServer', find: (id: string) => lookup(ctx.index.backupServers, id) },
  backup: { kind: 'Backup', find: (id: string) => lookup(ctx.index.backups, id) },
  restorePoint: { kind: 'RestorePoint', find: (id: string) => lookup(ctx.index.restorePoints, id) },
  backupFile: { kind: 'BackupFile', find: (id: string) => lookup(ctx.index.backupFiles, id) },
});
