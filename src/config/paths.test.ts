import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths } from './paths';

describe('paths', () => {
  it('builds URLs that the same entry’s pattern matches, with the id given back intact', () => {
    for (const id of ['plain', 'a/b', '..', '%41 & ?#', 'sql01 "quoted"', 'Ünïcode']) {
      const url = paths.backup(id);
      const [match] = matchRoutes([{ path: paths.backup.pattern }], url) ?? [];
      expect(match?.params.backupId).toBe(id);
    }
  });

  it('puts the query after the params and leaves out empty values', () => {
    expect(paths.vm('sql01', { rpo: 24, days: undefined })).toBe('/vms/sql01?rpo=24');
    expect(paths.login({ from: '/backups?q=a b', kind: 'em' })).toBe(
      '/login?from=%2Fbackups%3Fq%3Da+b&kind=em',
    );
    expect(paths.vmSearch()).toBe('/vms');
  });
});
