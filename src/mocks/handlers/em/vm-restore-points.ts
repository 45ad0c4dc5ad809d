/**
 * `/vmRestorePoints` and the lists that hold VM restore points (docs/api-notes.md#em-resources).
 * Note `CreationTimeUTC` and `VmDisplayName` (an XML attribute, a plain property in JSON).
 */
import type { HttpHandler } from 'msw';
import type { EmBackupFile, EmRestorePoint, EmVmRestorePoint } from '@/mocks/fixtures/em-types';
import type { EmContext } from './context';
import { allOf, childrenOf, lookup } from './data-index';
import { backupFileUp, entityHref, hrefs, parents, restorePointUp, serverUp } from './links';
import { link, resource } from './respond';
import { collectionRoute, itemRoute, subCollectionRoute, type Representation } from './routes';

export function vmRestorePointRepresentation(ctx: EmContext): Representation<EmVmRestorePoint> {
  const ups = (point: EmVmRestorePoint) => [
    serverUp(ctx, point.backupServerId),
    restorePointUp(ctx, point.restorePointId),
    backupFileUp(ctx, point.backupFileId),
  ];
  return {
    kind: 'VmRestorePoint',
    plural: 'VmRestorePoints',
    ref(point) {
      const href = hrefs.vmRestorePoint(ctx, point.id);
      const links = [
        ...ups(point),
        link('Alternate', entityHref(href), 'VmRestorePoint', point.name),
      ];
      return resource({}, links, point.uid, point.name, href, 'VmRestorePointReference');
    },
    entity(point) {
      const href = hrefs.vmRestorePoint(ctx, point.id);
      const links = [
        link('Restore', `${href}?action=restore`),
        ...ups(point),
        link('Alternate', href, 'VmRestorePointReference', point.name),
        link('Down', `${href}/mounts`, 'VmRestorePointMountList'),
        link('Create', `${href}/mounts`, 'VmRestorePointMount'),
      ];
      const fields = {
        CreationTimeUTC: point.creationTimeUtc,
        VmName: point.vmName,
        Algorithm: point.algorithm,
        PointType: point.pointType,
        HierarchyObjRef: point.hierarchyObjRef,
        VmDisplayName: point.vmDisplayName,
      };
      return resource(fields, links, point.uid, point.name, entityHref(href), 'VmRestorePoint');
    },
  };
}

export function vmRestorePointHandlers(ctx: EmContext): HttpHandler[] {
  const rep = vmRestorePointRepresentation(ctx);
  const { index } = ctx;
  const ofPoint = (point: EmRestorePoint) =>
    childrenOf(index.vmRestorePointsByRestorePoint, point.id);
  const ofFile = (file: EmBackupFile) => childrenOf(index.vmRestorePointsByBackupFile, file.id);
  return [
    collectionRoute(ctx, 'vmRestorePoints', () => allOf(index.vmRestorePoints), rep),
    itemRoute(ctx, 'vmRestorePoints', (id) => lookup(index.vmRestorePoints, id), rep),
    subCollectionRoute(
      ctx,
      'restorePoints/:id/vmRestorePoints',
      parents(ctx).restorePoint,
      ofPoint,
      rep,
    ),
    subCollectionRoute(
      ctx,
      'backupFiles/:id/vmRestorePoints',
      parents(ctx).backupFile,
      ofFile,
      rep,
    ),
  ];
}
