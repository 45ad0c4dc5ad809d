import type { HttpHandler } from 'msw';
import type { M365RestorePoint } from '@/mocks/fixtures/m365-types';
import { boolParam, dateParam, guidParam, pageParams, type Query } from './params';
import { json, link, notFound, toPage, type LinkContext } from './respond';
import { m365Get, type M365Context } from './routes';

/** The fields each version knows, in the order the server writes them. */
export function toRestorePoint(ctx: LinkContext, point: M365RestorePoint) {
  const _links = {
    self: link(ctx, 'RestorePoints', point.id),
    organization: link(ctx, 'Organizations', point.organizationId),
    backupRepository: link(ctx, 'BackupRepositories', point.repositoryId),
  };
  const { id, isDeleted, isCopy, isLongTermCopy, isRetrieved } = point;
  const { repositoryId, backupTime, jobId, retrievalId, organizationId } = point;
  const { isExchange, isSharePoint, isOneDrive, isTeams } = point;
  const body = { repositoryId, backupTime, jobId, retrievalId, organizationId };
  const workloads = { isExchange, isSharePoint, isOneDrive, isTeams };
  if (ctx.version === 'v6') {
    return { id, ...body, ...workloads, isLongTermCopy, isRetrieved, _links };
  }
  const v7 = { id, isDeleted, ...body, ...workloads, isLongTermCopy, isCopy, isRetrieved };
  if (ctx.version === 'v7') return { ...v7, _links };
  const { eTag, objectsEtag, immutabilityExpiresOn } = point;
  return { ...v7, eTag, objectsEtag, immutabilityExpiresOn, _links };
}

type Filter = (point: M365RestorePoint) => boolean;

/** The other version's params are unknown to the server, so ignored (v6 backupTime; from/to). */
function filtersFor(version: LinkContext['version'], query: Query): Filter[] {
  const equal =
    <K extends keyof M365RestorePoint>(key: K, value: M365RestorePoint[K] | undefined) =>
    (point: M365RestorePoint) =>
      value === undefined || point[key] === value;
  const filters = [
    equal('organizationId', guidParam(query, 'organizationId')),
    equal('jobId', guidParam(query, 'jobId')),
    equal('repositoryId', guidParam(query, 'repositoryId')),
    equal('isLongTermCopy', boolParam(query, 'isLongTermCopy')),
    equal('isRetrieved', boolParam(query, 'isRetrieved')),
  ];
  if (version === 'v6') {
    // "created after": strictly later than the given time.
    const after = dateParam(query, 'backupTime');
    return [...filters, (point) => after === undefined || point.backupTime > after];
  }
  const from = dateParam(query, 'from');
  const to = dateParam(query, 'to');
  // v8 teamId is validated, then ignored like userId, groupId and siteId.
  if (version === 'v8') guidParam(query, 'teamId');
  return [
    ...filters,
    equal('isCopy', boolParam(query, 'isCopy')),
    (point) => from === undefined || point.backupTime > from,
    (point) => to === undefined || point.backupTime < to,
  ];
}

export function restorePointHandlers(ctx: M365Context): HttpHandler[] {
  return [
    m365Get(ctx, 'RestorePoints', false, (args) => {
      const filters = filtersFor(args.version, args.query);
      const orderAsc = args.version === 'v6' ? false : boolParam(args.query, 'orderAsc');
      const paging = args.version === 'v6' ? null : pageParams(args.query);
      // Fixture order is newest first, which is also the server's default.
      const points = ctx.data.restorePoints.filter((point) => filters.every((keep) => keep(point)));
      if (orderAsc) points.reverse();
      const serialize = (point: M365RestorePoint) => toRestorePoint(args, point);
      if (paging === null) return json(points.map(serialize));
      return json(toPage(args, 'RestorePoints', args.url, points, paging, serialize));
    }),
    m365Get(ctx, 'RestorePoints', true, (args) => {
      const id = args.id.toLowerCase();
      const point = ctx.data.restorePoints.find((candidate) => candidate.id === id);
      if (point) return json(toRestorePoint(args, point));
      return notFound(args.version, `Restore point with ID '${args.id}' was not found.`);
    }),
  ];
}
