import { http, type HttpHandler } from 'msw';
import type { M365Data } from '@/mocks/fixtures/m365-types';
import { ParamError, readQuery, type Query } from './params';
import { badRequest, json, type ApiVersion, type LinkContext } from './respond';
import type { TokenStore } from './token-store';

export interface M365Context {
  data: M365Data;
  host: string;
  tokens: TokenStore;
}

export interface RouteArgs extends LinkContext {
  request: Request;
  url: URL;
  query: Query;
  /** The decoded `{id}` path segment; '' on collection routes. */
  id: string;
}

export type RouteParams = { version: string; id: string };

/**
 * Matches `/vN/<resource>[/{id}]` after any origin and prefix. The server's routes are
 * case-insensitive (`/v6/RestorePoints` = `/v6/restorePoints`); msw path params are not.
 */
export function m365Route(resource: string, withId: boolean) {
  const pattern = new RegExp(`/(v[678])/${resource}${withId ? '/([^/]+)' : ''}/?$`, 'i');
  return ({ request }: { request: Request }) => {
    const match = pattern.exec(new URL(request.url).pathname);
    if (!match) return { matches: false, params: { version: '', id: '' } };
    return {
      matches: true,
      params: { version: (match[1] ?? '').toLowerCase(), id: match[2] ?? '' },
    };
  };
}

// Not a RESTExceptionInfo on purpose: the 401 body is unconfirmed; this is ASP.NET's default text.
export function unauthorized(): Response {
  const response = json({ message: 'Authorization has been denied for this request.' }, 401);
  response.headers.set('WWW-Authenticate', 'Bearer');
  return response;
}

function isAuthorized(ctx: M365Context, request: Request): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] !== undefined && ctx.tokens.verify(match[1]) !== null;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A bearer-protected GET; a ParamError thrown by `resolve` becomes the version's 400. */
export function m365Get(
  ctx: M365Context,
  resource: string,
  withId: boolean,
  resolve: (args: RouteArgs) => Response,
): HttpHandler {
  return http.get<RouteParams>(m365Route(resource, withId), ({ request, params }) => {
    if (!isAuthorized(ctx, request)) return unauthorized();
    const version = params.version as ApiVersion;
    const url = new URL(request.url);
    try {
      const id = decodeSegment(params.id);
      return resolve({ version, host: ctx.host, request, url, query: readQuery(url), id });
    } catch (error) {
      if (error instanceof ParamError) return badRequest(version, error.message);
      throw error;
    }
  });
}
