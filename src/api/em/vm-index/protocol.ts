/** Messages between the page and the index worker (structured clone keeps the Dates). */
import type { EmSession } from '../../session';
import { ApiError, SessionExpiredError, type ApiErrorInit } from '../../errors';
import type { VmIndex, VmIndexProgress } from './sweep';
import type { VmIndexEntry } from './builder';

export type ToWorker = {
  type: 'build';
  session: EmSession;
  /** The page's clock when it asked: the index's times follow the page's clock, not the worker's. */
  now: Date;
  pageSize?: number;
  since?: { startedAt: Date; entries: VmIndexEntry[]; points: number };
};

export type FromWorker =
  | { type: 'progress'; progress: VmIndexProgress }
  | { type: 'done'; index: VmIndex }
  | { type: 'error'; error: SentError };

/** An error as data: class instances lose their prototype on the way. */
export interface SentError extends Partial<ApiErrorInit> {
  name: string;
  message: string;
}

export function sendError(error: unknown): SentError {
  if (error instanceof ApiError) {
    return {
      name: error.name,
      kind: error.kind,
      source: error.source,
      status: error.status,
      code: error.code,
      message: error.message,
      details: error.details,
      ...(error.url !== undefined ? { url: error.url } : {}),
    };
  }
  return {
    name: error instanceof Error ? error.name : 'Error',
    message: error instanceof Error ? error.message : String(error),
  };
}

export function receiveError(sent: SentError): Error {
  if (sent.name === 'SessionExpiredError') {
    return new SessionExpiredError({ source: sent.source ?? 'em', message: sent.message });
  }
  if (sent.kind && sent.source) {
    return new ApiError({ ...sent, kind: sent.kind, source: sent.source, message: sent.message });
  }
  const error = new Error(sent.message);
  error.name = sent.name;
  return error;
}
