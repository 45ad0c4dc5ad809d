/**
 * `/backupServers`, `/backupServers/{id}`, links as in the 13.0 docs
 * (docs/api-notes.md#em-resources).
 */
import type { HttpHandler } from 'msw';
import type { EmBackupServer } from '@/mocks/fixtures/em-types';
import type { EmContext } from './context';
import { allOf, lookup } from './data-index';
import { entityHref, hrefs } from './links';
import { link, resource } from './respond';
import { collectionRoute, itemRoute, type Representation } from './routes';

export function backupServerRepresentation(ctx: EmContext): Representation<EmBackupServer> {
  return {
    kind: 'BackupServer',
    plural: 'BackupServers',
    ref(server) {
      const href = hrefs.backupServer(ctx, server.id);
      const links = [
        link('Down', `${href}/jobs`, 'JobReferenceList'),
        link('Down', `${href}/repositories`, 'RepositoryReferenceList'),
        link('Down', `${href}/externalRepositories`, 'ExternalRepositoryReferenceList'),
        link('Down', `${href}/credentials`, 'CredentialsList'),
        link('Down', `${href}/passwords`, 'PasswordKeyList'),
        link('Alternate', entityHref(href), 'BackupServer', server.name),
        link('Down', `${href}/managedServers`, 'ManagedServerReferenceList'),
      ];
      return resource({}, links, server.uid, server.name, href, 'BackupServerReference');
    },
    entity(server) {
      const href = hrefs.backupServer(ctx, server.id);
      const links = [
        link('Alternate', href, 'BackupServerReference', server.name),
        link('Edit', href, 'BackupServerReference'),
        link('Delete', href, 'BackupServerReference'),
        link('Down', `${href}/jobs`, 'JobReferenceList'),
        link('Down', `${href}/managedServers`, 'ManagedServerReferenceList'),
        link('Down', `${href}/repositories`, 'RepositoryReferenceList'),
        link('Down', `${href}/externalRepositories`, 'ExternalRepositoryReferenceList'),
        link('Down', `${href}/credentials`, 'CredentialsList'),
        link('Create', `${href}/credentials?action=create`),
        link('Down', `${href}/passwords`, 'PasswordKeyList'),
        link('Create', `${href}/passwords?action=create`),
        link('VeeamZip', `${href}?action=veeamzip`),
        link('QuickBackup', `${href}?action=quickbackup`),
        link('Start', `${href}?action=collect`),
      ];
      const fields = {
        Description: server.description,
        Port: server.port,
        Version: server.version,
        WcfPort: server.wcfPort,
        VbrCertificateThumbprint: server.certificateThumbprint,
      };
      return resource(fields, links, server.uid, server.name, entityHref(href), 'BackupServer');
    },
  };
}

export function backupServerHandlers(ctx: EmContext): HttpHandler[] {
  const rep = backupServerRepresentation(ctx);
  return [
    collectionRoute(ctx, 'backupServers', () => allOf(ctx.index.backupServers), rep),
    itemRoute(ctx, 'backupServers', (id) => lookup(ctx.index.backupServers, id), rep),
  ];
}
