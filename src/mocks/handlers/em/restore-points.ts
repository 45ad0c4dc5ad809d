/**
 * `/restorePoints` and the lists that hold restore points (docs/api-notes.md#em-resources).
 * The reference and the entity order their links differently, as the docs show; agent backups
 * have no VmRestorePointReferenceList link.
 */
import type { HttpHandler } from 'msw';
import type { EmBackup, EmBackupFile, EmRestorePoint } from '@/mocks/fixtures/em-types';
import type { EmContext } from './context';
import { allOf, childrenOf, lookup } from './data-index';
import { backupUp, entityHref, hrefs, parents, serverUp } from './links';
import { link, resource } from './respond';
import { collectionRoute, itemRoute, subCollectionRoute, type Representation } from './routes';

const hasVms = (ctx: EmContext, point: EmRestorePoint): boolean => {
  const platform = lookup(ctx.index.backups, point.backupId)?.platform;
  return platform !== 'AgentForWindows' && platform !== 'AgentForLinux';
};

export function restorePointRepresentation(ctx: EmContext): Representation<EmRestorePoint> {
  return {
    kind: 'RestorePoint',
    plural: 'RestorePoints',
    ref(point) {
      const href = hrefs.restorePoint(ctx, point.id);
      const links = [
        serverUp(ctx, point.backupServerId),
        backupUp(ctx, point.backupId),
        link('Alternate', entityHref(href), 'RestorePoint', point.name),
        ...(hasVms(ctx, point)
          ? [link('Down', `${href}/vmRestorePoints`, 'VmRestorePointReferenceList')]
          : []),
        link('Related', `${href}/backupFiles`, 'BackupFileReferenceList'),
      ];
      return resource({}, links, point.uid, point.name, href, 'RestorePointReference');
    },
    entity(point) {
      const href = hrefs.restorePoint(ctx, point.id);
      const links = [
        backupUp(ctx, point.backupId),
        serverUp(ctx, point.backupServerId),
        link('Alternate', href, 'RestorePointReference', point.name),
        ...(hasVms(ctx, point)
          ? [link('Down', `${href}/vmRestorePoints`, 'VmRestorePointReferenceList')]
          : []),
        link('Down', `${href}/vAppRestorePoints`, 'VAppRestorePointReferenceList'),
        link('Related', `${href}/backupFiles`, 'BackupFileReferenceList'),
      ];
      const fields = { BackupDateUTC: point.backupDateUtc };
      return resource(fields, links, point.uid, point.name, entityHref(href), 'RestorePoint');
    },
  };
}

export function restorePointHandlers(ctx: EmContext): HttpHandler[] {
  const rep = restorePointRepresentation(ctx);
  const { index } = ctx;
  const ofBackup = (backup: EmBackup) => childrenOf(index.restorePointsByBackup, backup.id);
  const ofFile = (file: EmBackupFile) => {
    const point = lookup(index.restorePoints, file.restorePointId);
    return point ? [point] : [];
  };
  return [
    collectionRoute(ctx, 'restorePoints', () => allOf(index.restorePoints), rep),
    itemRoute(ctx, 'restorePoints', (id) => lookup(index.restorePoints, id), rep),
    subCollectionRoute(ctx, 'backups/:id/restorePoints', parents(ctx).backup, ofBackup, rep),
    subCollectionRoute(ctx, 'backupFiles/:id/restorePoints', parents(ctx).backupFile, ofFile, rep),
    // Linked from every restore point entity; the mock has no vApp backups, so always empty.
    subCollectionRoute(
      ctx,
      'restorePoints/:id/vAppRestorePoints',
      parents(ctx).restorePoint,
      () => [],
      {
        kind: 'VAppRestorePoint',
        plural: 'VAppRestorePoints',
        ref: () => ({}),
        entity: () => ({}),
      },
    ),
  ];
}
