/**
 * `/repositories/{id}`, the target of a backup's `Up` RepositoryReference link, plus the
 * `/repositories` and `/backupServers/{id}/repositories` lists.
 */
import type { HttpHandler } from 'msw';
import type { EmRepository } from '@/mocks/fixtures/em-types';
import type { EmContext } from './context';
import { allOf, childrenOf, lookup } from './data-index';
import { entityHref, hrefs, parents, serverUp } from './links';
import { link, resource } from './respond';
import { collectionRoute, itemRoute, subCollectionRoute, type Representation } from './routes';

export function repositoryRepresentation(ctx: EmContext): Representation<EmRepository> {
  return {
    kind: 'Repository',
    plural: 'Repositories',
    ref(repo) {
      const href = hrefs.repository(ctx, repo.id);
      const links = [
        serverUp(ctx, repo.backupServerId),
        link('Alternate', entityHref(href), 'Repository', repo.name),
      ];
      return resource({}, links, repo.uid, repo.name, href, 'RepositoryReference');
    },
    entity(repo) {
      const href = hrefs.repository(ctx, repo.id);
      const links = [
        serverUp(ctx, repo.backupServerId),
        link('Alternate', href, 'RepositoryReference', repo.name),
      ];
      const fields = { Capacity: repo.capacity, FreeSpace: repo.freeSpace, Kind: repo.kind };
      return resource(fields, links, repo.uid, repo.name, entityHref(href), 'Repository');
    },
  };
}

export function repositoryHandlers(ctx: EmContext): HttpHandler[] {
  const rep = repositoryRepresentation(ctx);
  const byServer = (server: { id: string }) =>
    childrenOf(ctx.index.repositoriesByServer, server.id);
  return [
    collectionRoute(ctx, 'repositories', () => allOf(ctx.index.repositories), rep),
    itemRoute(ctx, 'repositories', (id) => lookup(ctx.index.repositories, id), rep),
    subCollectionRoute(
      ctx,
      'backupServers/:id/repositories',
      parents(ctx).backupServer,
      byServer,
      rep,
    ),
  ];
}
