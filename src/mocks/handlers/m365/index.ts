import type { HttpHandler } from 'msw';
import { M365_HOST, type M365Data } from '@/mocks/fixtures/m365-types';
import { backupRepositoryHandlers } from './backup-repositories';
import { jobHandlers } from './jobs';
import { organizationHandlers } from './organizations';
import { restorePointHandlers } from './restore-points';
import type { M365Context } from './routes';
import { tokenHandlers } from './auth';
import { createTokenStore } from './token-store';

export interface M365MockOptions {
  /** Origin of absolute v7/v8 hrefs; default M365_HOST. */
  host?: string;
  /** Default Date.now. */
  clock?: () => number;
  /** expires_in; default 3600. */
  accessTokenLifetimeSec?: number;
  /** More than `max` token requests within `windowMs` → 429; default 5 per 1000 ms. */
  tokenBurst?: { max: number; windowMs: number };
}

/** One in-memory VB365 server (tokens, throttle) per call, over `data`, which it never mutates. */
export function createM365Handlers(data: M365Data, options: M365MockOptions = {}): HttpHandler[] {
  const host = (options.host ?? M365_HOST).replace(/\/+$/, '');
  const clock = options.clock ?? Date.now;
  const tokens = createTokenStore({
    clock,
    lifetimeSec: options.accessTokenLifetimeSec ?? 3600,
    secret: 'vb365-mock',
  });
  const ctx: M365Context = { data, host, tokens };
  return [
    ...tokenHandlers({ tokens, clock, burst: options.tokenBurst ?? { max: 5, windowMs: 1000 } }),
    ...restorePointHandlers(ctx),
    ...organizationHandlers(ctx),
    ...jobHandlers(ctx),
    ...backupRepositoryHandlers(ctx),
  ];
}
