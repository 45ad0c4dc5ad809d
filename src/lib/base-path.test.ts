import { describe, expect, it } from 'vitest';
import { basePath, withBase, withoutBase } from './base-path';

describe('base path', () => {
  it('is the site root in tests, as in a build without BASE_PATH', () => {
    expect(basePath()).toBe('/');
    expect(withBase('/api/backups')).toBe('/api/backups');
    expect(withoutBase('/vms/sql01')).toBe('/vms/sql01');
  });

  it('puts the base in front of API and app paths', () => {
    expect(withBase('/api/backups?format=Entity', '/restore-explorer/')).toBe(
      '/restore-explorer/api/backups?format=Entity',
    );
    expect(withBase('/v8/Organizations', '/tools/rpe/')).toBe('/tools/rpe/v8/Organizations');
  });

  it('takes the base off a browser pathname, and only a whole segment of it', () => {
    expect(withoutBase('/restore-explorer/vms/sql01', '/restore-explorer/')).toBe('/vms/sql01');
    expect(withoutBase('/restore-explorer/', '/restore-explorer/')).toBe('/');
    expect(withoutBase('/restore-explorer', '/restore-explorer/')).toBe('/');
    expect(withoutBase('/restore-explorer-old/vms', '/restore-explorer/')).toBe(
      '/restore-explorer-old/vms',
    );
  });
});
