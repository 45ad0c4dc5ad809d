import { describe, expect, it } from 'vitest';
import {
  appPathForHref,
  checkedRequestPath,
  idFromHref,
  idFromUid,
  sameOriginApiPath,
  toApiPath,
} from './href';

describe('href mapping', () => {
  it("drops the server's own host and keeps path and query", () => {
    expect(toApiPath('https://srv12.tech.local:9398/api/backups/abc?format=Entity')).toBe(
      '/api/backups/abc?format=Entity',
    );
    expect(toApiPath('/v6/restorePoints/xyz')).toBe('/v6/restorePoints/xyz');
  });

  it('decodes the character entities EM may put in Hrefs', () => {
    expect(toApiPath('https://em:9398/api/query?type=Backup&amp;page=2')).toBe(
      '/api/query?type=Backup&page=2',
    );
  });

  it('maps API resources to app pages, case-insensitively', () => {
    expect(appPathForHref('https://em:9398/api/backups/b1')).toBe('/backups/b1');
    expect(appPathForHref('https://em:9398/api/restorePoints/r1?format=Entity')).toBe(
      '/restore-points/r1',
    );
    expect(appPathForHref('https://em:9398/api/backupFiles/f1')).toBe('/backup-files/f1');
    expect(appPathForHref('https://em:9398/api/vmRestorePoints/v1')).toBe('/vm-restore-points/v1');
    expect(appPathForHref('https://em:9398/api/backupServers/s1')).toBe('/backup-servers/s1');
    expect(appPathForHref('/v6/organizations/o1')).toBe('/m365/organizations/o1');
    expect(appPathForHref('/v6/backuprepositories/r1')).toBe('/m365/repositories/r1');
  });

  it('returns null for resources the app has no page for', () => {
    expect(appPathForHref('https://em:9398/api/vmRestorePoints/v1/mounts')).toBeNull();
    expect(appPathForHref('https://em:9398/api/repositories/x')).toBeNull();
  });

  it('extracts ids from UIDs and Hrefs', () => {
    expect(idFromUid('urn:veeam:Backup:39cb6675-8930-436a-8ac3-8a4ae6195cb1')).toBe(
      '39cb6675-8930-436a-8ac3-8a4ae6195cb1',
    );
    expect(idFromHref('https://em:9398/api/backups/b1?format=Entity')).toBe('b1');
  });

  it('refuses Hrefs whose path would leave the origin', () => {
    for (const href of [
      'https://em:9398//evil.example/api/q',
      'https://em:9398/./..//evil.example/a',
      'https://em:9398/\\evil.example/x',
      'https://em:9398/%2e%2e//evil.example/api/x',
      '//evil.example',
    ]) {
      expect(toApiPath(href), href).toBeNull();
      expect(appPathForHref(href), href).toBeNull();
      expect(idFromHref(href), href).toBeNull();
    }
  });

  it('accepts only the API prefixes /api/ and /v6/–/v8/', () => {
    expect(toApiPath('https://em:9398/login')).toBeNull();
    expect(toApiPath('https://em:9398/apix/backups')).toBeNull();
    expect(toApiPath('/v9/organizations')).toBeNull();
    expect(toApiPath('/v5/organizations')).toBeNull();
    expect(toApiPath('/V8/Organizations?limit=1')).toBe('/V8/Organizations?limit=1');
    expect(sameOriginApiPath('https://evil.example/api/x')).toBeNull();
    expect(sameOriginApiPath(`${window.location.origin}/api/x`)).toBe('/api/x');
  });

  it('answers null instead of throwing on Hrefs it cannot read', () => {
    expect(idFromHref('https://em:9398/api/backups/%E0%A4%A')).toBeNull();
    expect(appPathForHref('https://em:9398/api/backups/%E0%A4%A')).toBeNull();
    expect(toApiPath('https://em:99999/api/backups/b1')).toBeNull();
    expect(idFromHref('https://em:99999/api/backups/b1')).toBeNull();
    expect(toApiPath('http://[::1/api/x')).toBeNull();
  });

  it('never maps an id of . or .. or with a slash to a page', () => {
    expect(appPathForHref('https://em:9398/api/backups/%2E%2E')).toBeNull();
    expect(appPathForHref('https://em:9398/api/backups/a%2Fb')).toBeNull();
    expect(appPathForHref('https://em:9398/api/backups/a%5Cb')).toBeNull();
    expect(idFromHref('https://em:9398/api/backups/a%2Fb')).toBeNull();
  });
});

describe('checkedRequestPath', () => {
  it('lets API paths through unchanged', () => {
    expect(checkedRequestPath('/api/query?type=Backup&filter=Name%3D%3D%22a%2Fb%22')).toBe(
      '/api/query?type=Backup&filter=Name%3D%3D%22a%2Fb%22',
    );
    expect(checkedRequestPath('/api/sessionMngr/?v=latest')).toBe('/api/sessionMngr/?v=latest');
    expect(checkedRequestPath('/v8/RestorePoints/abc')).toBe('/v8/RestorePoints/abc');
  });

  it('refuses ids of . or .., slashes inside a segment, empty segments and other origins', () => {
    for (const path of [
      '/api/backups/..?format=Entity',
      '/api/backups/.',
      '/api/backups/%2e%2E',
      '/api/backups/a%2Fb',
      '/api/backups/a%5cb',
      '/api/backups//x',
      '/api/backups/%E0%A4%A',
      '//evil.example/api/x',
      '/\\evil.example/api/x',
      'https://evil.example/api/x',
      'api/backups',
      '/apix/backups',
      '/assets/index.js',
    ]) {
      expect(checkedRequestPath(path), path).toBeNull();
    }
  });
});
