/**
 * Who is signed in, per server kind. Kept in sessionStorage so a reload keeps
 * the user signed in for the tab's life, and never in localStorage, a URL or a
 * log. Passwords never reach this module.
 */
import { z } from 'zod';

const EmSessionSchema = z.object({
  /** The opaque X-RestSvcSessionId header value. */
  token: z.string().min(1),
  /** The LogonSession's SessionId, used for DELETE /logonSessions/{id}. */
  sessionId: z.string().min(1),
  userName: z.string(),
});
export type EmSession = z.infer<typeof EmSessionSchema>;

const M365SessionSchema = z.object({
  version: z.enum(['v6', 'v7', 'v8']),
  accessToken: z.string().min(1),
  refreshToken: z.string(),
  /** Epoch ms when the access token expires. */
  expiresAt: z.number(),
  userName: z.string(),
});
export type M365Session = z.infer<typeof M365SessionSchema>;

const schemas = { em: EmSessionSchema, m365: M365SessionSchema } as const;
type Sessions = { em: EmSession; m365: M365Session };
export type SessionKind = keyof Sessions;

const storageKey = (kind: SessionKind) => `rpe.session.${kind}`;
const listeners = new Set<() => void>();
const cache: { [K in SessionKind]?: Sessions[K] | null } = {};

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled: fall back to memory only
  }
}

function read<K extends SessionKind>(kind: K): Sessions[K] | null {
  const cached = cache[kind];
  if (cached !== undefined) return cached;
  let value: Sessions[K] | null = null;
  const raw = storage()?.getItem(storageKey(kind));
  if (raw) {
    try {
      const parsed = schemas[kind].safeParse(JSON.parse(raw));
      if (parsed.success) value = parsed.data as Sessions[K];
    } catch {
      value = null; // corrupt entry: treat as signed out
    }
  }
  (cache as Record<K, Sessions[K] | null>)[kind] = value;
  return value;
}

function write<K extends SessionKind>(kind: K, value: Sessions[K] | null): void {
  (cache as Record<K, Sessions[K] | null>)[kind] = value;
  const store = storage();
  if (value) store?.setItem(storageKey(kind), JSON.stringify(value));
  else store?.removeItem(storageKey(kind));
  listeners.forEach((listener) => {
    listener();
  });
}

export const session = {
  get: read,
  set: write,
  clear: (kind: SessionKind) => {
    write(kind, null);
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Forget the in-memory copy (tests): the next read comes from storage. */
  resetCache: () => {
    delete cache.em;
    delete cache.m365;
  },
};

/** The query-key root of one server's data: removed on sign-in and sign-out. */
export const sourceKey = (kind: SessionKind) => [kind] as const;
