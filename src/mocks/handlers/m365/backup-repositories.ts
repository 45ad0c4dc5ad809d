import type { HttpHandler } from 'msw';
import type { M365Repository } from '@/mocks/fixtures/m365-types';
import { boolParam, guidParam, pageParams, parseGuid } from './params';
import { badRequest, json, link, notFound, omit, toPage, type LinkContext } from './respond';
import { m365Get, type M365Context } from './routes';

/** objectStorageId is v6/v7 only. */
export function toRepository(ctx: LinkContext, repository: M365Repository) {
  const _links = { self: link(ctx, 'BackupRepositories', repository.id) };
  if (ctx.version !== 'v8') return { ...repository, _links };
  return { ...omit(repository, ['objectStorageId']), _links };
}

/** Filters proxyId and longTerm everywhere; v8 also organizationId and pages. */
export function backupRepositoryHandlers(ctx: M365Context): HttpHandler[] {
  return [
    m365Get(ctx, 'BackupRepositories', false, (args) => {
      const proxyId = guidParam(args.query, 'proxyId');
      const longTerm = boolParam(args.query, 'longTerm');
      const v8 = args.version === 'v8';
      const organizationId = v8 ? guidParam(args.query, 'organizationId') : undefined;
      const paging = v8 ? pageParams(args.query) : null;
      // An organization "has" the repositories its jobs write to.
      const used = new Set(
        ctx.data.jobs
          .filter((job) => job.organizationId === organizationId)
          .map((job) => job.repositoryId),
      );
      const repositories = ctx.data.repositories.filter(
        (repository) =>
          (proxyId === undefined || repository.proxyId === proxyId) &&
          (longTerm === undefined || repository.isLongTerm === longTerm) &&
          (organizationId === undefined || used.has(repository.id)),
      );
      const serialize = (repository: M365Repository) => toRepository(args, repository);
      if (paging === null) return json(repositories.map(serialize));
      return json(toPage(args, 'BackupRepositories', args.url, repositories, paging, serialize));
    }),
    m365Get(ctx, 'BackupRepositories', true, (args) => {
      const id = parseGuid(args.id);
      if (id === null)
        return badRequest(args.version, `'${args.id}' is not a valid repository ID.`);
      const repository = ctx.data.repositories.find((candidate) => candidate.id === id);
      if (repository) return json(toRepository(args, repository));
      return notFound(args.version, `Backup repository with ID '${args.id}' was not found.`);
    }),
  ];
}
