/**
 * Sessions across the tabs of one browser, without putting them anywhere that
 * outlives the tabs: a BroadcastChannel (same origin only, nothing stored).
 *
 * - A new tab with no session of its own asks; any open tab that has one
 *   answers with its sessions. With no other tab open nobody answers, and after
 *   ASK_TIMEOUT_MS the new tab shows the sign-in screen.
 * - Signing in, renewing a token and signing out or expiring in one tab are
 *   sent to the others, so every tab uses the same session and a sign-out ends
 *   it everywhere.
 *
 * Each tab keeps what it receives in its own sessionStorage, as if it had
 * signed in itself. Messages are validated like anything else from outside (by hand:
 * this runs before the sign-in screen, which loads no zod).
 */
import { parseSession, session, type EndReason, type SessionKind } from './session';

const CHANNEL = 'rpe.sessions';
/** Long enough for an open tab to answer, short enough not to be noticed when none does. */
export const ASK_TIMEOUT_MS = 400;

type Message =
  | { type: 'ask' }
  | { type: 'offer'; sessions: Partial<Record<SessionKind, unknown>> }
  | { type: 'set'; kind: SessionKind; value: unknown }
  | { type: 'end'; kind: SessionKind; reason: EndReason };

const isKind = (value: unknown): value is SessionKind => value === 'em' || value === 'm365';
const isReason = (value: unknown): value is EndReason =>
  value === 'signed-out' || value === 'expired';

/** A message another tab sent, or null when it is none of ours; sessions are checked when adopted. */
function parseMessage(data: unknown): Message | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'ask':
      return { type: 'ask' };
    case 'offer': {
      const { sessions } = message;
      if (typeof sessions !== 'object' || sessions === null || Array.isArray(sessions)) return null;
      const offered = sessions as Record<string, unknown>;
      return { type: 'offer', sessions: { em: offered.em, m365: offered.m365 } };
    }
    case 'set':
      return isKind(message.kind)
        ? { type: 'set', kind: message.kind, value: message.value }
        : null;
    case 'end':
      return isKind(message.kind) && isReason(message.reason)
        ? { type: 'end', kind: message.kind, reason: message.reason }
        : null;
    default:
      return null;
  }
}

const KINDS: readonly SessionKind[] = ['em', 'm365'];

function adopt(kind: SessionKind, value: unknown): boolean {
  const parsed = parseSession(kind, value);
  if (!parsed) return false;
  session.applyRemote(kind, parsed, 'signed-out');
  return true;
}

/**
 * Joins the other tabs. Resolves once this tab knows its sessions: at once when
 * it has one already (a reload), else when a tab answers or ASK_TIMEOUT_MS
 * passed. Returns a function that leaves the channel (tests).
 */
export async function joinSessionChannel(waitMs = ASK_TIMEOUT_MS): Promise<{ leave: () => void }> {
  if (typeof BroadcastChannel === 'undefined') return { leave: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  const post = (message: Message) => {
    channel.postMessage(message);
  };
  let answered: (() => void) | null = null;

  channel.onmessage = (event: MessageEvent) => {
    const message = parseMessage(event.data);
    if (!message) return;
    switch (message.type) {
      case 'ask': {
        const sessions = Object.fromEntries(
          KINDS.flatMap((kind) => {
            const value = session.get(kind);
            return value ? [[kind, value]] : [];
          }),
        );
        if (Object.keys(sessions).length) post({ type: 'offer', sessions });
        break;
      }
      case 'offer': {
        let adopted = false;
        for (const kind of KINDS) {
          if (!session.get(kind) && message.sessions[kind] !== undefined) {
            adopted = adopt(kind, message.sessions[kind]) || adopted;
          }
        }
        if (adopted) answered?.();
        break;
      }
      case 'set':
        adopt(message.kind, message.value);
        break;
      case 'end':
        session.applyRemote(message.kind, null, message.reason);
        break;
    }
  };

  const stopSending = session.onChange((change) => {
    if (change.remote) return;
    if (change.value) post({ type: 'set', kind: change.kind, value: change.value });
    else post({ type: 'end', kind: change.kind, reason: change.reason ?? 'signed-out' });
  });
  const leave = () => {
    stopSending();
    channel.close();
  };

  if (KINDS.some((kind) => session.get(kind))) return { leave };
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    answered = () => {
      clearTimeout(timer);
      resolve();
    };
    post({ type: 'ask' });
  });
  answered = null;
  return { leave };
}
