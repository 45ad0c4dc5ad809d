import { describe, expect, it } from 'vitest';
import { appPathForHref, idFromHref, idFromUid, toApiPath } from './href';

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
});
