import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path';

const origin = 'http://localhost:5173';

describe('returnPath', () => {
  it('keeps a page of this app with its query and hash', () => {
    expect(returnPath('/backups?q=SQL#top', origin)).toBe('/backups?q=SQL#top');
    expect(returnPath('/vms/sql%2001?rpo=24', origin)).toBe('/vms/sql%2001?rpo=24');
    expect(returnPath(`${origin}/backups`, origin)).toBe('/backups');
  });

  it('refuses anything that leads to another origin', () => {
    for (const from of [
      'https://evil.example/backups',
      '//evil.example/backups',
      '/\\evil.example/backups',
      '\\\\evil.example',
      '\t//evil.example',
      ' //evil.example',
      '/..//evil.example',
      '/%2e%2e//evil.example',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://localhost:5174/backups',
      'http://[::1',
    ]) {
      expect(returnPath(from, origin), from).toBeNull();
    }
  });

  it('never returns to the login page itself', () => {
    expect(returnPath('/login?from=%2Fbackups', origin)).toBeNull();
    expect(returnPath(null, origin)).toBeNull();
    expect(returnPath('', origin)).toBeNull();
  });

  it('for any text: null, or a path that stays on this origin', () => {
    const piece = fc.constantFrom(
      '/',
      '//',
      '\\',
      '..',
      '.',
      '%2e',
      'evil.example',
      ':',
      'javascript:',
      '@',
      '?',
      '#',
      '\t',
      ' ',
      'http://',
      'login',
    );
    const from = fc.oneof(
      fc
        .array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 10 })
        .map((parts) => parts.join('')),
      fc.webUrl(),
      fc.string(),
    );
    fc.assert(
      fc.property(from, (value) => {
        const path = returnPath(value, origin);
        if (path === null) return;
        expect(path).toMatch(/^\/(?!\/)/);
        expect(new URL(path, origin).origin).toBe(origin);
      }),
      { numRuns: 2_000 },
    );
  });
});
