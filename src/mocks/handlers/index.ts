/**
 * The happy-path handlers of both mock servers: the one mock that vitest
 * (msw/node), the browser demo (msw/browser) and the e2e HTTPS server share.
 */
import type { HttpHandler } from 'msw';
import { createDb, type Db, type DbOptions } from '../db';
import { withHostileNames } from '../fixtures/hostile';
import { createEmHandlers, type EmMockOptions } from './em';
import { createM365Handlers, type M365MockOptions } from './m365';

export interface MockServerOptions extends DbOptions {
  db?: Db;
  em?: EmMockOptions;
  m365?: M365MockOptions;
  /** Every name a hostile string (src/mocks/fixtures/hostile.ts): markup, script URLs, RTL marks… */
  hostileNames?: boolean;
}

export function createHandlers(options: MockServerOptions = {}): HttpHandler[] {
  const plain = options.db ?? createDb(options);
  const db = options.hostileNames ? withHostileNames(plain) : plain;
  return [...createEmHandlers(db.em, options.em), ...createM365Handlers(db.m365, options.m365)];
}
