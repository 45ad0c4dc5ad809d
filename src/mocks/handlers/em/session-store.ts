/**
 * Logon sessions (docs/api-notes.md#em-sign-in-and-sessions): the token is base64 of the session
 * GUID, read from the `X-RestSvcSessionId` header only, and a session dies after `idleTimeoutMs`
 * without requests.
 */
import { createRng } from '@/mocks/fixtures/seed';

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
  /** Where the demo keeps its sessions so a page reload (which restarts the mock) keeps them. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

const storageKey = 'rpe.mock.em-sessions';

function load(storage: SessionStoreOptions['storage']): EmSession[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(storageKey) ?? '[]');
    return Array.isArray(parsed) ? (parsed as EmSession[]) : [];
  } catch {
    return [];
  }
}

export function createSessionStore({
  clock,
  idleTimeoutMs,
  storage,
}: SessionStoreOptions): SessionStore {
  const byToken = new Map<string, EmSession>(
    load(storage).map((session) => [session.token, session]),
  );
  // Seeded, not Math.random(): mock runs stay reproducible. Skip ids a reloaded demo still holds.
  const rng = createRng(0x5e55 + byToken.size);
  const save = () => storage?.setItem(storageKey, JSON.stringify([...byToken.values()]));
  return {
    create(userName) {
      const id = rng.guid();
      const session = { id, token: btoa(id), userName, lastSeen: clock() };
      byToken.set(session.token, session);
      save();
      return session;
    },
    authenticate(token) {
      const session = token ? byToken.get(token.trim()) : undefined;
      if (!session) return undefined;
      const now = clock();
      if (now - session.lastSeen >= idleTimeoutMs) {
        byToken.delete(session.token);
        save();
        return undefined;
      }
      session.lastSeen = now;
      if (storage) save();
      return session;
    },
    remove(id) {
      const session = [...byToken.values()].find((s) => s.id === id.toLowerCase());
      const removed = session ? byToken.delete(session.token) : false;
      save();
      return removed;
    },
  };
}
