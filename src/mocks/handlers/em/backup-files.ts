/**
 * `/backupFiles` and the lists that hold backup files. Note `CreationTimeUtc`
 * (docs/api-notes.md#em-resources).
 */
import type { HttpHandler } from 'msw';
import type { EmBackup, EmBackupFile, EmRestorePoint } from '@/mocks/fixtures/em-types';
import type { EmContext } from './context';
import { allOf, childrenOf, lookup } from './data-index';
import { backupUp, entityHref, hrefs, parents, serverUp } from './links';
import { link, resource } from './respond';
import { collectionRoute, itemRoute, subCollectionRoute, type Representation } from './routes';

export function backupFileRepresentation(ctx: EmContext): Representation<EmBackupFile> {
  return {
    kind: 'BackupFile',
    plural: 'BackupFiles',
    ref(file) {
      const href = hrefs.backupFile(ctx, file.id);
      const links = [
        serverUp(ctx, file.backupServerId),
        backupUp(ctx, file.backupId),
        link('Alternate', entityHref(href), 'BackupFile', file.name),
        link('Down', `${href}/vmRestorePoints`, 'VmRestorePointReferenceList'),
        link('Related', `${href}/restorePoints`, 'RestorePointReferenceList'),
      ];
      return resource({}, links, file.uid, file.name, href, 'BackupFileReference');
    },
    entity(file) {
      const href = hrefs.backupFile(ctx, file.id);
      const links = [
        backupUp(ctx, file.backupId),
        serverUp(ctx, file.backupServerId),
        link('Alternate', href, 'BackupFileReference', file.name),
        link('Related', `${href}/restorePoints`, 'RestorePointReferenceList'),
        link('Down', `${href}/vmRestorePoints`, 'VmRestorePointReferenceList'),
      ];
      const fields = {
        FilePath: file.filePath,
        BackupSize: file.backupSize,
        DataSize: file.dataSize,
        DeduplicationRatio: file.deduplicationRatio,
        CompressRatio: file.compressRatio,
        CreationTimeUtc: file.creationTimeUtc,
        FileType: file.fileType,
      };
      return resource(fields, links, file.uid, file.name, entityHref(href), 'BackupFile');
    },
  };
}

export function backupFileHandlers(ctx: EmContext): HttpHandler[] {
  const rep = backupFileRepresentation(ctx);
  const { index } = ctx;
  const ofBackup = (backup: EmBackup) => childrenOf(index.backupFilesByBackup, backup.id);
  const ofPoint = (point: EmRestorePoint) => childrenOf(index.backupFilesByRestorePoint, point.id);
  return [
    collectionRoute(ctx, 'backupFiles', () => allOf(index.backupFiles), rep),
    itemRoute(ctx, 'backupFiles', (id) => lookup(index.backupFiles, id), rep),
    subCollectionRoute(ctx, 'backups/:id/backupFiles', parents(ctx).backup, ofBackup, rep),
    subCollectionRoute(
      ctx,
      'restorePoints/:id/backupFiles',
      parents(ctx).restorePoint,
      ofPoint,
      rep,
    ),
  ];
}
