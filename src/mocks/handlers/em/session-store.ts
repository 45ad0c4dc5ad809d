/**
 * Logon sessions (em-api.md A2): the token is base64 of the session GUID, read from the
 * `X-RestSvcSessionId` header only, and a session dies after `idleTimeoutMs` without requests.
 */
import { createRng } from '../../fixtures/seed';

export interface EmSession {
  id: string;
  token: string;
  userName: string;
  lastSeen: number;
}

export interface SessionStore {
  create(userName: string): EmSession;
  /** The live session for a token; touching it resets the idle timer. */
  authenticate(token: string | null): EmSession | undefined;
  remove(id: string): boolean;
}

export interface SessionStoreOptions {
  clock: () => number;
  idleTimeoutMs: number;
}

export function createSessionStore({ clock, idleTimeoutMs }: SessionStoreOptions): SessionStore {
  // Seeded, not Math.random(): mock runs stay reproducible.
  const rng = createRng(0x5e55);
  const byToken = new Map<string, EmSession>();
  return {
    create(userName) {
      const id = rng.guid();
      const session = { id, token: btoa(id), userName, lastSeen: clock() };
      byToken.set(session.token, session);
      return session;
    },
    authenticate(token) {
      const session = token ? byToken.get(token.trim()) : undefined;
      if (!session) return undefined;
      const now = clock();
      if (now - session.lastSeen >= idleTimeoutMs) {
        byToken.delete(session.token);
        return undefined;
      }
      session.lastSeen = now;
      return session;
    },
    remove(id) {
      const session = [...byToken.values()].find((s) => s.id === id.toLowerCase());
      return session ? byToken.delete(session.token) : false;
    },
  };
}
