import { describe, expect, it } from 'vitest';
import { parseBasePath } from './base-path';

describe('parseBasePath', () => {
  it('serves from the site root when unset', () => {
    expect(parseBasePath(undefined)).toBe('/');
    expect(parseBasePath('')).toBe('/');
    expect(parseBasePath('/')).toBe('/');
  });

  it('keeps a path and adds the trailing slash Vite and nginx need', () => {
    expect(parseBasePath('/restore-explorer/')).toBe('/restore-explorer/');
    expect(parseBasePath('/restore-explorer')).toBe('/restore-explorer/');
    expect(parseBasePath(' /tools/restore_explorer/ ')).toBe('/tools/restore_explorer/');
  });

  it('rejects what would break a URL, a regex or the nginx config', () => {
    for (const bad of [
      'restore-explorer/',
      '/a b/',
      '/a//b/',
      '/../etc/',
      '/x.y/',
      '/a;b/',
      '//',
    ]) {
      expect(() => parseBasePath(bad), bad).toThrow(/BASE_PATH/);
    }
  });
});
