import { describe, expect, it } from 'vitest';
import { session } from './session';

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
});
