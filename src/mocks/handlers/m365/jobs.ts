import type { HttpHandler } from 'msw';
import type { M365Job } from '@/mocks/fixtures/m365-types';
import { guidParam, pageParams, parseGuid } from './params';
import { badRequest, json, link, notFound, omit, toPage, type LinkContext } from './respond';
import { m365Get, type M365Context } from './routes';

/** organizationId and lastBackup arrived in v7. */
export function toJob(ctx: LinkContext, job: M365Job) {
  const _links = {
    self: link(ctx, 'Jobs', job.id),
    organization: link(ctx, 'Organizations', job.organizationId),
    backupRepository: link(ctx, 'BackupRepositories', job.repositoryId),
  };
  if (ctx.version !== 'v6') return { ...job, _links };
  return { ...omit(job, ['organizationId', 'lastBackup']), _links };
}

/** v6/v7 take no query parameters and answer a bare array; v8 pages and filters. */
export function jobHandlers(ctx: M365Context): HttpHandler[] {
  return [
    m365Get(ctx, 'Jobs', false, (args) => {
      const serialize = (job: M365Job) => toJob(args, job);
      if (args.version !== 'v8') return json(ctx.data.jobs.map(serialize));
      const organizationId = guidParam(args.query, 'organizationId');
      const repositoryId = guidParam(args.query, 'repositoryId');
      const paging = pageParams(args.query);
      const jobs = ctx.data.jobs.filter(
        (job) =>
          (organizationId === undefined || job.organizationId === organizationId) &&
          (repositoryId === undefined || job.repositoryId === repositoryId),
      );
      return json(toPage(args, 'Jobs', args.url, jobs, paging, serialize));
    }),
    m365Get(ctx, 'Jobs', true, (args) => {
      const id = parseGuid(args.id);
      if (id === null) return badRequest(args.version, `'${args.id}' is not a valid job ID.`);
      const job = ctx.data.jobs.find((candidate) => candidate.id === id);
      if (job) return json(toJob(args, job));
      return notFound(args.version, `Job with ID '${args.id}' was not found.`);
    }),
  ];
}
