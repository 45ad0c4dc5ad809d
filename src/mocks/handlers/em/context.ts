/** What every EM handler shares: the indexed data, the sessions and the serialisation options. */
import type { HttpResponseResolver } from 'msw';
import type { EmIndex } from './data-index';
import type { EmSession, SessionStore } from './session-store';
import { emError } from './respond';

export type EmptyRefs = 'null' | 'empty' | 'missing';

export interface EmContext {
  index: EmIndex;
  sessions: SessionStore;
  /** Origin that absolute Hrefs carry, e.g. `https://em.demo.local:9398`. */
  host: string;
  bom: boolean;
  emptyRefs: EmptyRefs;
}

export const SESSION_HEADER = 'X-RestSvcSessionId';
const UNAUTHORIZED =
  'The authorization header has been expected but not found (or found but is expired).';

/** Absolute API URL on the server's own host, as the real server writes every Href. */
export const apiUrl = (ctx: EmContext, path: string): string => `${ctx.host}/api${path}`;

type Params = Record<string, string>;
type Resolve<P extends Params> = (args: {
  request: Request;
  params: P;
  session: EmSession;
}) => Response | Promise<Response>;

/** Wraps a resolver so it runs only for a live session; anything else gets the 401 body. */
export function guarded<P extends Params>(
  ctx: EmContext,
  resolve: Resolve<P>,
): HttpResponseResolver<P> {
  return ({ request, params }) => {
    const session = ctx.sessions.authenticate(request.headers.get(SESSION_HEADER));
    if (!session) return emError(ctx, 401, UNAUTHORIZED);
    return resolve({ request, params, session });
  };
}
