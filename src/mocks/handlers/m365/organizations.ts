import type { HttpHandler } from 'msw';
import type { M365Organization } from '@/mocks/fixtures/m365-types';
import { boolParam, guidParam, pageParams, parseGuid } from './params';
import { badRequest, json, link, notFound, toPage, type LinkContext } from './respond';
import { m365Get, type M365Context } from './routes';

export function toOrganization(ctx: LinkContext, organization: M365Organization) {
  return { ...organization, _links: { self: link(ctx, 'Organizations', organization.id) } };
}

/** v6/v7 answer a bare array, v8 a page (with an msid filter). */
export function organizationHandlers(ctx: M365Context): HttpHandler[] {
  return [
    m365Get(ctx, 'Organizations', false, (args) => {
      boolParam(args.query, 'extendedView'); // accepted; this mock has one view
      const serialize = (organization: M365Organization) => toOrganization(args, organization);
      if (args.version !== 'v8') return json(ctx.data.organizations.map(serialize));
      const msid = guidParam(args.query, 'msid');
      const paging = pageParams(args.query);
      const organizations = ctx.data.organizations.filter(
        (organization) => msid === undefined || organization.msid === msid,
      );
      return json(toPage(args, 'Organizations', args.url, organizations, paging, serialize));
    }),
    m365Get(ctx, 'Organizations', true, (args) => {
      const id = parseGuid(args.id);
      if (id === null)
        return badRequest(args.version, `'${args.id}' is not a valid organization ID.`);
      const organization = ctx.data.organizations.find((candidate) => candidate.id === id);
      if (organization) return json(toOrganization(args, organization));
      return notFound(args.version, `Organization with ID '${args.id}' was not found.`);
    }),
  ];
}
