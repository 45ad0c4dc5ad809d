/**
 * The only place that calls fetch. It sends Accept: application/json (EM
 * answers XML otherwise), adds the caller's auth headers, strips a UTF-8 BOM,
 * parses and validates the body with the caller's schema, and turns every
 * failure into an ApiError. It never navigates and never shows anything.
 * Callers pass API paths (`/api/...`, `/v8/...`); the app's base path is added
 * here, where the browser asks its own origin and the proxy forwards them.
 */
import type { z } from 'zod';
import { withBase } from '@/lib/base-path';
import { ApiError, SessionExpiredError, type ApiSource } from './errors';
import { summarizeIssues } from './validation';

export interface AuthStrategy {
  /** Headers that authenticate one request; may renew a token first. */
  headers(signal?: AbortSignal): Promise<Record<string, string>>;
  /** After a 401: try to renew once; true means "send the request again". */
  recover?(): Promise<boolean>;
  /** The session is gone for good: forget it. */
  expire(): void;
}

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
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

export async function request<S extends z.ZodType>(
  options: RequestOptions<S>,
): Promise<ApiResponse<z.output<S>>> {
  const response = await send(options);
  if (response.status === 401 && options.auth?.recover && (await options.auth.recover())) {
    return finish(options, await send(options));
  }
  return finish(options, response);
}

async function send<S extends z.ZodType>(options: RequestOptions<S>): Promise<Response> {
  const { source, path, method = 'GET', auth, signal } = options;
  const headers = {
    Accept: 'application/json',
    ...(auth ? await auth.headers(signal) : {}),
    ...options.headers,
  };
  try {
    return await fetch(withBase(path), {
      method,
      headers,
      body: options.body ?? null,
      signal: signal ?? null,
      credentials: 'omit', // EM's cookie would win over our header; never send it
    });
  } catch (error) {
    if (signal?.aborted) throw error; // cancellation is not a failure
    throw new ApiError({
      kind: 'network',
      source,
      url: path,
      message: 'The server could not be reached.',
      details: error instanceof Error ? error.message : null,
    });
  }
}

async function finish<S extends z.ZodType>(
  options: RequestOptions<S>,
  response: Response,
): Promise<ApiResponse<z.output<S>>> {
  const { source, path, schema, auth } = options;
  const text = stripBom(await response.text());
  const contentType = response.headers.get('Content-Type') ?? '';
  const looksLikeMarkup = /html|xml/i.test(contentType) || /^\s*</.test(text);

  if (!response.ok) {
    const message = looksLikeMarkup ? '' : serverMessage(text);
    const init = { source, url: path, status: response.status, message, details: message || null };
    if (response.status === 401 && auth) {
      auth.expire();
      throw new SessionExpiredError(init);
    }
    throw new ApiError({ ...init, kind: 'http', code: serverCode(text) });
  }

  let body: unknown = undefined;
  if (text.trim() !== '') {
    if (looksLikeMarkup) throw notJson(source, path, response.status, text);
    try {
      body = JSON.parse(text);
    } catch {
      throw notJson(source, path, response.status, text);
    }
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError({
      kind: 'invalid-response',
      source,
      url: path,
      status: response.status,
      message: 'The response is missing fields or has unexpected values.',
      details: summarizeIssues(parsed.error),
    });
  }
  return { data: parsed.data, status: response.status, headers: response.headers };
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
