/**
 * The one error type of the API layer. Every failed request becomes an
 * ApiError whose `kind` says what went wrong, so the UI can explain it.
 */
export type ApiSource = 'em' | 'm365';

export type ApiErrorKind =
  | 'http' // the server answered with an error status
  | 'network' // no answer at all (server down, proxy not configured, offline)
  | 'timeout' // no answer within the time allowed
  | 'too-large' // an answer bigger than the app will read
  | 'not-json' // an answer that is not JSON (an HTML page, XML)
  | 'invalid-response' // JSON that does not have the fields we need
  | 'refused'; // the app would not send it (a path outside the API, a bad id)

export interface ApiErrorInit {
  kind: ApiErrorKind;
  source: ApiSource;
  status?: number | null;
  code?: string | null;
  message: string;
  /** Extra text for the details fold: server message, validation issues. */
  details?: string | null;
  url?: string;
  /** A 429's or 503's Retry-After, in milliseconds. */
  retryAfterMs?: number | null;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly source: ApiSource;
  readonly status: number | null;
  readonly code: string | null;
  readonly details: string | null;
  readonly url: string | undefined;
  readonly retryAfterMs: number | null;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.source = init.source;
    this.status = init.status ?? null;
    this.code = init.code ?? null;
    this.details = init.details ?? null;
    this.url = init.url;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }
}

/** A 401 on an authenticated call: the session or token is gone. */
export class SessionExpiredError extends ApiError {
  constructor(init: Omit<ApiErrorInit, 'kind'>) {
    super({ ...init, kind: 'http', status: 401 });
    this.name = 'SessionExpiredError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A request the app will not send: say why, and never touch the network. */
export function refusedError(source: ApiSource, url: string, message: string): ApiError {
  return new ApiError({ kind: 'refused', source, url, message, details: `Address: ${url}` });
}
