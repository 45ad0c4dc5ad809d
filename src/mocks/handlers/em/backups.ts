/**
 * `/backups`, `/backups/{id}` and `/backups/{id}/childBackups` (docs/api-notes.md#em-resources).
 * The entity has only Platform and BackupType; the repository and server are `Up` links. A
 * ParentBackup links to its children instead of to restore points and files.
 */
import type { HttpHandler } from 'msw';
import type { EmBackup } from '@/mocks/fixtures/em-types';
import type { EmContext } from './context';
import { allOf, childrenOf, lookup } from './data-index';
import { entityHref, hrefs, parents, repositoryUp, serverUp } from './links';
import { link, resource, type EmLink } from './respond';
import { collectionRoute, itemRoute, subCollectionRoute, type Representation } from './routes';

function downLinks(backup: EmBackup, href: string, entity: boolean): EmLink[] {
  if (backup.backupType === 'ParentBackup') {
    return entity
      ? [link('Down', entityHref(`${href}/childbackups`), 'BackupList')]
      : [link('Down', `${href}/childbackups`, 'BackupReferenceList')];
  }
  return [
    link('Down', `${href}/restorePoints`, 'RestorePointReferenceList'),
    link('Down', `${href}/backupFiles`, 'BackupFileReferenceList'),
  ];
}

export function backupRepresentation(ctx: EmContext): Representation<EmBackup> {
  return {
    kind: 'Backup',
    plural: 'Backups',
    ref(backup) {
      const href = hrefs.backup(ctx, backup.id);
      const links = [
        serverUp(ctx, backup.backupServerId),
        repositoryUp(ctx, backup.repositoryId),
        link('Alternate', entityHref(href), 'Backup', backup.name),
        ...downLinks(backup, href, false),
      ];
      return resource({}, links, backup.uid, backup.name, href, 'BackupReference');
    },
    entity(backup) {
      const href = hrefs.backup(ctx, backup.id);
      const parent = lookup(ctx.index.backups, backup.parentBackupId ?? undefined);
      const links = [
        repositoryUp(ctx, backup.repositoryId),
        serverUp(ctx, backup.backupServerId),
        link('Alternate', href, 'BackupReference', backup.name),
        ...downLinks(backup, href, true),
        ...(parent
          ? [link('Up', entityHref(hrefs.backup(ctx, parent.id)), 'Backup', parent.name)]
          : []),
      ];
      const fields = { Platform: backup.platform, BackupType: backup.backupType };
      return resource(fields, links, backup.uid, backup.name, entityHref(href), 'Backup');
    },
  };
}

export function backupHandlers(ctx: EmContext): HttpHandler[] {
  const rep = backupRepresentation(ctx);
  const children = (backup: EmBackup) => childrenOf(ctx.index.childBackups, backup.id);
  return [
    collectionRoute(ctx, 'backups', () => allOf(ctx.index.backups), rep),
    itemRoute(ctx, 'backups', (id) => lookup(ctx.index.backups, id), rep),
    subCollectionRoute(ctx, 'backups/:id/childBackups', parents(ctx).backup, children, rep),
  ];
}
