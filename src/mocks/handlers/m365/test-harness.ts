// Test-only: drives the handlers through msw's getResponse, without a server.
import { getResponse } from 'msw';
import { expect } from 'vitest';
import { createM365Data } from '@/mocks/fixtures/m365';
import type { M365Data } from '@/mocks/fixtures/m365-types';
import { createM365Handlers, type M365MockOptions } from './index';

export const NOW = new Date('2025-06-16T12:00:00.000Z');

// Asymmetric matchers are typed `any`; typed `unknown` they satisfy no-unsafe-assignment.
export const ANY_STRING: unknown = expect.any(String);
export const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

export interface Harness {
  data: M365Data;
  advance(ms: number): void;
  /** `path` on http://localhost, or an absolute URL. */
  send(path: string, init?: RequestInit): Promise<Response>;
  token(path?: string, body?: Record<string, string>): Promise<Response>;
  login(): Promise<string>;
  get(path: string, accessToken?: string): Promise<Response>;
  /** GET with a fresh login, parsed as JSON. */
  getJson(path: string): Promise<{ status: number; body: unknown }>;
}

export function createHarness(options: M365MockOptions = {}): Harness {
  let now = NOW.getTime();
  const data = createM365Data({ seed: 7, now: NOW });
  const handlers = createM365Handlers(data, {
    clock: () => now,
    tokenBurst: { max: 1000, windowMs: 1000 },
    ...options,
  });
  const send = async (path: string, init?: RequestInit): Promise<Response> => {
    const url = path.startsWith('http') ? path : `http://localhost${path}`;
    const response = await getResponse(handlers, new Request(url, init));
    if (!response) throw new Error(`no handler for ${path}`);
    return response;
  };
  const token = (path = '/v6/token', body: Record<string, string> = {}) =>
    send(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    });
  const login = async (): Promise<string> => {
    const response = await token('/v6/token', {
      grant_type: 'password',
      username: 'operator@contoso.com',
      password: 'demo',
    });
    const body = (await response.json()) as { access_token: string };
    return body.access_token;
  };
  const get = async (path: string, accessToken?: string) =>
    send(path, { headers: { Authorization: `Bearer ${accessToken ?? (await login())}` } });
  return {
    data,
    advance: (ms) => {
      now += ms;
    },
    send,
    token,
    login,
    get,
    getJson: async (path) => {
      const response = await get(path);
      return { status: response.status, body: (await response.json()) as unknown };
    },
  };
}
