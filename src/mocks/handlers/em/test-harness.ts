/** Shared set-up for the EM handler tests: no server, just `getResponse` over the handlers. */
import { getResponse } from 'msw';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { type EmData } from '@/mocks/fixtures/em-types';
import { createEmData } from '@/mocks/fixtures/em';
import { emStoreFromData, type EmStore } from '@/mocks/fixtures/em-store';
import { createEmHandlers, type EmMockOptions } from './index';

export const NOW = new Date('2026-03-10T09:30:00Z');
const { username, password } = DEMO_CREDENTIALS.em;
export const BASIC = `Basic ${btoa(`${username}:${password}`)}`;

let cached: EmData | undefined;
export const demoData = (): EmData => (cached ??= createEmData({ seed: 42, now: NOW }));

export type Body = Record<string, unknown>;
export interface Ref {
  Links: { Rel: string; Href: string; Name?: string; Type?: string }[];
  UID: string;
  Name: string;
  Href: string;
  Type: string;
  [field: string]: unknown;
}

// Callers name the body shape they expect.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export async function readBody<T = Body>(response: Response): Promise<{ bom: boolean; body: T }> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder().decode(bom ? bytes.subarray(3) : bytes);
  return { bom, body: JSON.parse(text) as T };
}

export function createMock(options: EmMockOptions = {}, data: EmData = demoData()) {
  return { data, ...createStoreMock(emStoreFromData(data), options) };
}

/** The handlers over any store (e.g. the `large` estate). */
export function createStoreMock(store: EmStore, options: EmMockOptions = {}) {
  const handlers = createEmHandlers(store, options);
  const send = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const response = await getResponse(handlers, new Request(`http://localhost${path}`, init));
    if (!response) throw new Error(`no handler answered ${init.method ?? 'GET'} ${path}`);
    return response;
  };
  const login = async (): Promise<string> => {
    const response = await send('/api/sessionMngr/?v=latest', {
      method: 'POST',
      headers: { Authorization: BASIC },
    });
    const token = response.headers.get('X-RestSvcSessionId');
    if (response.status !== 201 || !token) throw new Error(`logon failed: ${response.status}`);
    return token;
  };
  /** GET with a session; returns the status and the parsed body. */
  // Callers name the body shape they expect.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  const get = async <T = Body>(path: string, token: string) => {
    const response = await send(path, { headers: { 'X-RestSvcSessionId': token } });
    return { status: response.status, ...(await readBody<T>(response)) };
  };
  return { handlers, send, login, get };
}

/** The bare guid at the end of a UID. */
export const idOf = (uid: string): string => uid.slice(uid.lastIndexOf(':') + 1);
