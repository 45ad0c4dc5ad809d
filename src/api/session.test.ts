import { describe, expect, it } from 'vitest';
import { parseSession, session, type M365Session } from './session';

describe('session store', () => {
  const em = {
    token: 'dG9rZW4=',
    sessionId: '44cfbdbe-5a95-4156-8867-91f069b7c2cc',
    userName: 'DEMO\\operator',
  };

  it('keeps the session in sessionStorage only, so a reload keeps the tab signed in', () => {
    session.set('em', em);
    session.resetCache();
    expect(session.get('em')).toEqual(em);
    expect(localStorage.length).toBe(0);
  });

  it('tells subscribers and forgets on clear', () => {
    let calls = 0;
    const unsubscribe = session.subscribe(() => {
      calls += 1;
    });
    session.set('em', em);
    session.clear('em');
    unsubscribe();
    expect(calls).toBe(2);
    expect(session.get('em')).toBeNull();
    expect(sessionStorage.getItem('rpe.session.em')).toBeNull();
  });

  it('treats a corrupt stored entry as signed out', () => {
    sessionStorage.setItem('rpe.session.em', '{not json');
    session.resetCache();
    expect(session.get('em')).toBeNull();
  });

  const m365: M365Session = {
    version: 'v8',
    accessToken: 'access',
    refreshToken: '',
    expiresAt: 1_790_000_000_000,
    userName: 'operator@contoso.com',
  };

  it.each([
    ['no token', { sessionId: em.sessionId, userName: em.userName }],
    ['an empty token', { ...em, token: '' }],
    ['an empty session id', { ...em, sessionId: '' }],
    ['a user name that is not text', { ...em, userName: 7 }],
    ['a list instead of an object', [em]],
  ])('treats a stored Enterprise Manager session with %s as signed out', (_, stored) => {
    sessionStorage.setItem('rpe.session.em', JSON.stringify(stored));
    session.resetCache();
    expect(session.get('em')).toBeNull();
  });

  it.each([
    ['an unknown API version', { ...m365, version: 'v9' }],
    ['no access token', { ...m365, accessToken: undefined }],
    ['a refresh token that is not text', { ...m365, refreshToken: null }],
    ['an expiry that is not a number', { ...m365, expiresAt: '1790000000000' }],
    ['an expiry that is not finite', { ...m365, expiresAt: Number.POSITIVE_INFINITY }],
  ])('rejects a Microsoft 365 session with %s', (_, value) => {
    expect(parseSession('m365', value)).toBeNull();
  });

  it('restores a stored Microsoft 365 session, keeping only the fields a session has', () => {
    sessionStorage.setItem('rpe.session.m365', JSON.stringify({ ...m365, password: 'demo' }));
    session.resetCache();
    expect(session.get('m365')).toStrictEqual(m365);
  });
});
