/**
 * The Veeam Backup Enterprise Manager mock: one handler set for vitest, Playwright and the demo.
 * Paths match `*\/api/...` so the handlers work on any origin; Hrefs carry `options.host`.
 */
import { http, type HttpHandler } from 'msw';
import type { EmStore } from '@/mocks/fixtures/em-store';
import { EM_HOST } from '@/mocks/fixtures/em-types';
import { authHandlers } from './auth';
import { backupFileHandlers } from './backup-files';
import { backupServerHandlers } from './backup-servers';
import { backupHandlers } from './backups';
import { guarded, type EmContext, type EmptyRefs } from './context';
import { createEmIndex } from './data-index';
import { queryHandlers } from './query';
import { repositoryHandlers } from './repositories';
import { emError } from './respond';
import { restorePointHandlers } from './restore-points';
import { createSessionStore } from './session-store';
import { vmRestorePointHandlers } from './vm-restore-points';

export interface EmMockOptions {
  /** Origin of absolute Hrefs; default EM_HOST. */
  host?: string;
  /** Default Date.now; drives the idle timeout. */
  clock?: () => number;
  /** Default 15 minutes. */
  idleTimeoutMs?: number;
  /** How an empty reference list is written: `"Refs": null` (default), `[]`, or no key. */
  emptyRefs?: EmptyRefs;
  /** Prefix JSON bodies with U+FEFF, as real servers do; default true. */
  bom?: boolean;
  /** Keep sessions here (the browser demo's sessionStorage) so a reload keeps them. */
  sessionStorage?: Pick<Storage, 'getItem' | 'setItem'>;
}

export function createEmContext(store: EmStore, options: EmMockOptions = {}): EmContext {
  return {
    index: createEmIndex(store),
    sessions: createSessionStore({
      clock: options.clock ?? Date.now,
      idleTimeoutMs: options.idleTimeoutMs ?? 15 * 60_000,
      ...(options.sessionStorage && { storage: options.sessionStorage }),
    }),
    host: (options.host ?? EM_HOST).replace(/\/+$/, ''),
    bom: options.bom ?? true,
    emptyRefs: options.emptyRefs ?? 'null',
  };
}

export function createEmHandlers(store: EmStore, options: EmMockOptions = {}): HttpHandler[] {
  const ctx = createEmContext(store, options);
  return [
    ...authHandlers(ctx),
    ...backupServerHandlers(ctx),
    ...repositoryHandlers(ctx),
    ...backupHandlers(ctx),
    ...restorePointHandlers(ctx),
    ...backupFileHandlers(ctx),
    ...vmRestorePointHandlers(ctx),
    ...queryHandlers(ctx),
    // Anything else under /api is a resource this mock does not have: the server's 404, not
    // msw's "unhandled request" (after the session check, like the real server).
    http.all(
      '*/api/*',
      guarded(ctx, ({ request }) =>
        emError(ctx, 404, `The resource '${new URL(request.url).pathname}' was not found.`),
      ),
    ),
  ];
}

export type { EmptyRefs } from './context';
