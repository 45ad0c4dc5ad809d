/**
 * Who is signed in, per server kind. Kept in sessionStorage so a reload keeps
 * the user signed in for the tab's life, and never in localStorage, a URL or a
 * log. Passwords never reach this module.
 */
export interface EmSession {
  /** The opaque X-RestSvcSessionId header value. */
  token: string;
  /** The LogonSession's SessionId, used for DELETE /logonSessions/{id}. */
  sessionId: string;
  userName: string;
}

export interface M365Session {
  version: 'v6' | 'v7' | 'v8';
  accessToken: string;
  refreshToken: string;
  /** Epoch ms when the access token expires. */
  expiresAt: number;
  userName: string;
}

export type Sessions = { em: EmSession; m365: M365Session };
export type SessionKind = keyof Sessions;

const storageKey = (kind: SessionKind) => `rpe.session.${kind}`;
const listeners = new Set<() => void>();
const changeListeners = new Set<(change: SessionChange) => void>();
const cache: { [K in SessionKind]?: Sessions[K] | null } = {};

/** Why a session ended: the user signed out, or the server no longer accepts it. */
export type EndReason = 'signed-out' | 'expired';

export interface SessionChange {
  kind: SessionKind;
  /** The new session; null when it ended. */
  value: Sessions[SessionKind] | null;
  /** Set when `value` is null. */
  reason: EndReason | null;
  /** The change came from another tab (src/api/session-channel.ts). */
  remote: boolean;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled: fall back to memory only
  }
}

/*
 * Checked by hand rather than with zod: this module runs on the sign-in screen, which loads
 * no zod (the API's schemas come with the pages that fetch). Only the known fields are kept.
 */
type Fields = Record<string, unknown>;
const isText = (value: unknown): value is string => typeof value === 'string';
const isFilled = (value: unknown): value is string => isText(value) && value !== '';
const isVersion = (value: unknown): value is M365Session['version'] =>
  value === 'v6' || value === 'v7' || value === 'v8';

const parsers: { [K in SessionKind]: (fields: Fields) => Sessions[K] | null } = {
  em: ({ token, sessionId, userName }) =>
    isFilled(token) && isFilled(sessionId) && isText(userName)
      ? { token, sessionId, userName }
      : null,
  m365: ({ version, accessToken, refreshToken, expiresAt, userName }) =>
    isVersion(version) &&
    isFilled(accessToken) &&
    isText(refreshToken) &&
    typeof expiresAt === 'number' &&
    Number.isFinite(expiresAt) &&
    isText(userName)
      ? { version, accessToken, refreshToken, expiresAt, userName }
      : null,
};

/** A session as another tab or the storage holds it, validated; null when it is not one. */
export function parseSession<K extends SessionKind>(kind: K, value: unknown): Sessions[K] | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return parsers[kind](value as Fields);
}

function read<K extends SessionKind>(kind: K): Sessions[K] | null {
  const cached = cache[kind];
  if (cached !== undefined) return cached;
  let value: Sessions[K] | null = null;
  const raw = storage()?.getItem(storageKey(kind));
  if (raw) {
    try {
      value = parseSession(kind, JSON.parse(raw));
    } catch {
      value = null; // corrupt entry: treat as signed out
    }
  }
  (cache as Record<K, Sessions[K] | null>)[kind] = value;
  return value;
}

function write<K extends SessionKind>(
  kind: K,
  value: Sessions[K] | null,
  reason: EndReason | null,
  remote: boolean,
): void {
  (cache as Record<K, Sessions[K] | null>)[kind] = value;
  const store = storage();
  try {
    if (value) store?.setItem(storageKey(kind), JSON.stringify(value));
    else store?.removeItem(storageKey(kind));
  } catch {
    // storage full or disabled: the in-memory copy still holds for this page's life
  }
  listeners.forEach((listener) => {
    listener();
  });
  changeListeners.forEach((listener) => {
    listener({ kind, value, reason, remote });
  });
}

export const session = {
  get: read,
  set: <K extends SessionKind>(kind: K, value: Sessions[K]) => {
    write(kind, value, null, false);
  },
  /**
   * Ends a session here (and, through the channel, in the other tabs). Nothing
   * happens when there is none, so five failing requests end it once.
   */
  end: (kind: SessionKind, reason: EndReason) => {
    if (read(kind)) write(kind, null, reason, false);
  },
  /** Signing out here: `end(kind, 'signed-out')`. */
  clear: (kind: SessionKind) => {
    session.end(kind, 'signed-out');
  },
  /** A change another tab made: applied here without being sent back. */
  applyRemote: <K extends SessionKind>(kind: K, value: Sessions[K] | null, reason: EndReason) => {
    if (value === null && !read(kind)) return;
    write(kind, value, value ? null : reason, true);
  },
  /** For React (useSyncExternalStore): called on every change. */
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** What changed and why: for the cross-tab channel and the sign-in redirect. */
  onChange: (listener: (change: SessionChange) => void): (() => void) => {
    changeListeners.add(listener);
    return () => changeListeners.delete(listener);
  },
  /** Forget the in-memory copy (tests): the next read comes from storage. */
  resetCache: () => {
    delete cache.em;
    delete cache.m365;
  },
};

/** The query-key root of one server's data: removed on sign-in and sign-out. */
export const sourceKey = (kind: SessionKind) => [kind] as const;
