import { afterEach, describe, expect, it } from 'vitest';
import { session, type EmSession, type M365Session } from './session';
import { joinSessionChannel } from './session-channel';

const em: EmSession = {
  token: 'dG9rZW4=',
  sessionId: '44cfbdbe-5a95-4156-8867-91f069b7c2cc',
  userName: 'DEMO\\operator',
};

/** Another tab of the same browser: the same channel name, its own end of it. */
function otherTab() {
  const channel = new BroadcastChannel('rpe.sessions');
  const received: unknown[] = [];
  let onMessage: (data: unknown) => void = () => undefined;
  channel.onmessage = (event: MessageEvent) => {
    received.push(event.data);
    onMessage(event.data);
  };
  return {
    received,
    post: (data: unknown) => {
      channel.postMessage(data);
    },
    answerAsksWith: (sessions: unknown) => {
      onMessage = (data) => {
        if ((data as { type?: string }).type === 'ask') {
          channel.postMessage({ type: 'offer', sessions });
        }
      };
    },
    close: () => {
      channel.close();
    },
  };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => {
    cleanup();
  });
});

async function join(waitMs = 2_000) {
  const { leave } = await joinSessionChannel(waitMs);
  cleanups.push(leave);
}

function tab() {
  const other = otherTab();
  cleanups.push(other.close);
  return other;
}

describe('sessions across tabs', () => {
  it('a new tab takes the session of an open one, and keeps it for reloads', async () => {
    tab().answerAsksWith({ em });
    await join();
    expect(session.get('em')).toEqual(em);
    expect(JSON.parse(sessionStorage.getItem('rpe.session.em') ?? 'null')).toEqual(em);
  });

  it('with no other tab open, a new tab stays signed out after a short wait', async () => {
    const started = performance.now();
    await join(50);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(session.get('em')).toBeNull();
    expect(session.get('m365')).toBeNull();
  });

  it('ignores an offer that is not a valid session', async () => {
    tab().answerAsksWith({ em: { token: '', userName: 5 } });
    await join(100);
    expect(session.get('em')).toBeNull();
  });

  it('answers a new tab with the sessions it has', async () => {
    session.set('em', em);
    await join();
    const other = tab();
    other.post({ type: 'ask' });
    await expect.poll(() => other.received).toContainEqual({ type: 'offer', sessions: { em } });
  });

  it('tells the other tabs about a sign-in and a sign-out, so a sign-out ends every tab', async () => {
    await join(10);
    const other = tab();
    session.set('em', em);
    session.end('em', 'signed-out');
    await expect
      .poll(() => other.received)
      .toEqual([
        { type: 'set', kind: 'em', value: em },
        { type: 'end', kind: 'em', reason: 'signed-out' },
      ]);
  });

  it('ends the session here when another tab signs out, saying so', async () => {
    session.set('em', em);
    await join();
    const changes: unknown[] = [];
    cleanups.push(session.onChange((change) => changes.push(change)));
    tab().post({ type: 'end', kind: 'em', reason: 'signed-out' });
    await expect.poll(() => session.get('em')).toBeNull();
    expect(changes).toEqual([{ kind: 'em', value: null, reason: 'signed-out', remote: true }]);
  });

  it('ignores messages that are none of its own', async () => {
    const m365: M365Session = {
      version: 'v8',
      accessToken: 'access',
      refreshToken: '',
      expiresAt: 1_790_000_000_000,
      userName: 'operator@contoso.com',
    };
    session.set('em', em);
    session.set('m365', m365);
    await join();
    const other = tab();
    for (const bad of [
      null,
      'end',
      { type: 'end', kind: 'em', reason: 'because' },
      { type: 'end', kind: 'EM', reason: 'signed-out' },
      { type: 'end', reason: 'signed-out' },
      { type: 'set', kind: 'other', value: em },
    ]) {
      other.post(bad);
    }
    // Messages arrive in order: once this one has ended Microsoft 365, the others were read.
    other.post({ type: 'end', kind: 'm365', reason: 'signed-out' });
    await expect.poll(() => session.get('m365')).toBeNull();
    expect(session.get('em')).toEqual(em);
  });

  it('takes a renewed or new session from another tab without sending it back', async () => {
    session.set('em', em);
    await join();
    const other = tab();
    const renewed = { ...em, token: 'bmV3' };
    other.post({ type: 'set', kind: 'em', value: renewed });
    await expect.poll(() => session.get('em')?.token).toBe('bmV3');
    // An echo would arrive before the answer to this question.
    other.post({ type: 'ask' });
    await expect.poll(() => other.received.length).toBeGreaterThan(0);
    expect(other.received).toEqual([{ type: 'offer', sessions: { em: renewed } }]);
  });
});
