/**
 * The only place that calls fetch. It sends Accept: application/json (EM
 * answers XML otherwise), adds the caller's auth headers, strips a UTF-8 BOM,
 * parses and validates the body with the caller's schema, and turns every
 * failure into an ApiError. It never navigates and never shows anything.
 * Callers pass API paths (`/api/...`, `/v8/...`); the app's base path is added
 * here, where the browser asks its own origin and the proxy forwards them.
 *
 * Every request is bounded: it goes only to an API path on this origin, follows
 * no redirect (custom headers would survive one to another host), ends after a
 * timeout that also covers reading the body, and reads at most
 * MAX_RESPONSE_BYTES.
 */
import type { z } from 'zod';
import { config } from '@/config/env';
import { withBase } from '@/lib/base-path';
import { parseRetryAfter, readBody, startDeadline, untilAborted } from './bounds';
import { ApiError, SessionExpiredError, refusedError, type ApiSource } from './errors';
import { checkedRequestPath } from './href';
import { summarizeIssues } from './validation';

export interface AuthStrategy {
  /** Headers that authenticate one request; may renew a token first. Gives up when `signal` aborts. */
  headers(signal: AbortSignal): Promise<Record<string, string>>;
  /** After a 401 to a request sent with `sent`: true means "send it again" (renewed or newer session). */
  recover?(sent: Record<string, string>): Promise<boolean>;
  /** The session `sent` carried is gone: forget it, unless a newer one has replaced it. */
  expire(sent: Record<string, string>): void;
}

/** Sign-in and token calls: someone is waiting at the sign-in form, or every request waits on it. */
export const AUTH_TIMEOUT_MS = 15_000;
/** Far above any page the app asks for (1000 entities are about 2 MB), far below a browser's limits. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

export interface RequestOptions<S extends z.ZodType> {
  source: ApiSource;
  path: string;
  schema: S;
  method?: 'GET' | 'POST' | 'DELETE';
  /** null for anonymous calls (sign-in). */
  auth: AuthStrategy | null;
  headers?: Record<string, string>;
  body?: BodyInit;
  signal?: AbortSignal;
  /** Default: VITE_REQUEST_TIMEOUT_SECONDS (30 s). */
  timeoutMs?: number;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

/** What came back: read in full, not yet interpreted. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The auth headers it was sent with, to tell an old session's 401 from the current one's. */
  sent: Record<string, string>;
}

export async function request<S extends z.ZodType>(
  options: RequestOptions<S>,
): Promise<ApiResponse<z.output<S>>> {
  const path = checkedRequestPath(options.path);
  if (!path) {
    throw refusedError(
      options.source,
      options.path,
      'The app sends requests only to API paths on its own server; this address leads elsewhere or names no valid id.',
    );
  }
  const checked = { ...options, path };
  const answer = await send(checked);
  if (answer.status === 401 && options.auth?.recover && (await options.auth.recover(answer.sent))) {
    return interpret(checked, await send(checked));
  }
  return interpret(checked, answer);
}

async function send<S extends z.ZodType>(options: RequestOptions<S>): Promise<Answer> {
  const { source, path, method = 'GET', auth, signal } = options;
  const timeoutMs = options.timeoutMs ?? config.requestTimeoutMs;
  const deadline = startDeadline(timeoutMs, signal);
  try {
    const sent = auth ? await untilAborted(auth.headers(deadline.signal), deadline.signal) : {};
    const response = await fetch(withBase(path), {
      method,
      headers: { Accept: 'application/json', ...sent, ...options.headers },
      body: options.body ?? null,
      signal: deadline.signal,
      credentials: 'omit', // EM's cookie would win over our header; never send it
      redirect: 'error',
    });
    const text = await readBody(response, MAX_RESPONSE_BYTES, deadline.signal);
    if (text === null) {
      throw new ApiError({
        kind: 'too-large',
        source,
        url: path,
        status: response.status,
        message: `The answer is larger than ${String(MAX_RESPONSE_BYTES / 1024 / 1024)} MB, so the app did not read it.`,
      });
    }
    return { status: response.status, headers: response.headers, text, sent };
  } catch (error) {
    if (signal?.aborted) throw error; // cancellation is not a failure
    if (deadline.timedOut()) {
      throw new ApiError({
        kind: 'timeout',
        source,
        url: path,
        message: `The server did not answer within ${String(Math.round(timeoutMs / 1000))} s.`,
      });
    }
    if (error instanceof ApiError) throw error;
    throw new ApiError({
      kind: 'network',
      source,
      url: path,
      message: 'The server could not be reached.',
      details: error instanceof Error ? error.message : null,
    });
  } finally {
    deadline.done();
  }
}

/**
 * An answer → the validated data, or the ApiError that says what is wrong.
 * Never throws anything else: a schema that throws inside a transform is an
 * invalid response too.
 */
export function interpret<S extends z.ZodType>(
  options: Pick<RequestOptions<S>, 'source' | 'path' | 'schema' | 'auth'>,
  answer: Answer,
): ApiResponse<z.output<S>> {
  const { source, path, schema, auth } = options;
  const text = stripBom(answer.text);
  const contentType = answer.headers.get('Content-Type') ?? '';
  const looksLikeMarkup = /html|xml/i.test(contentType) || /^\s*</.test(text);

  if (answer.status < 200 || answer.status > 299) {
    const message = looksLikeMarkup ? '' : serverMessage(text);
    const init = { source, url: path, status: answer.status, message, details: message || null };
    if (answer.status === 401 && auth) {
      auth.expire(answer.sent);
      throw new SessionExpiredError(init);
    }
    throw new ApiError({
      ...init,
      kind: 'http',
      code: serverCode(text),
      retryAfterMs: parseRetryAfter(answer.headers.get('Retry-After')),
    });
  }

  let body: unknown = undefined;
  if (text.trim() !== '') {
    if (looksLikeMarkup) throw notJson(source, path, answer.status, text);
    try {
      body = JSON.parse(text);
    } catch {
      throw notJson(source, path, answer.status, text);
    }
  }
  let parsed: ReturnType<S['safeParse']>;
  try {
    parsed = schema.safeParse(body) as ReturnType<S['safeParse']>;
  } catch (error) {
    throw invalidResponse(
      source,
      path,
      answer.status,
      error instanceof Error ? error.message : null,
    );
  }
  if (!parsed.success) {
    throw invalidResponse(source, path, answer.status, summarizeIssues(parsed.error));
  }
  return { data: parsed.data as z.output<S>, status: answer.status, headers: answer.headers };
}

function invalidResponse(
  source: ApiSource,
  url: string,
  status: number,
  details: string | null,
): ApiError {
  return new ApiError({
    kind: 'invalid-response',
    source,
    url,
    status,
    message: 'The response is missing fields or has unexpected values.',
    details,
  });
}

/** EM can put a UTF-8 byte-order mark in front of its JSON. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function notJson(source: ApiSource, url: string, status: number, text: string): ApiError {
  return new ApiError({
    kind: 'not-json',
    source,
    url,
    status,
    message: 'The response is not JSON.',
    details: `The answer began with: ${text.trim().slice(0, 80)}`,
  });
}

/** EM errors carry `Message`, Microsoft 365 errors `message` or OAuth's `error_description`. */
function serverMessage(text: string): string {
  const body = tryJson(text);
  for (const key of ['Message', 'message', 'error_description', 'error']) {
    const value = body?.[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return '';
}

function serverCode(text: string): string | null {
  const code = tryJson(text)?.errorCode;
  return typeof code === 'string' ? code : null;
}

function tryJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
