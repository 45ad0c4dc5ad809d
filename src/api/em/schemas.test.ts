import { describe, expect, it } from 'vitest';
import { BackupFileSchema } from './backup-files';
import { BackupSchema } from './backups';
import { queryEntitiesSchema, queryReferencesSchema } from './query';
import { RestorePointSchema } from './restore-points';
import { ReferenceListSchema } from './schema';
import { VmRestorePointSchema } from './vm-restore-points';

const host = 'https://em:9398/api';
// The help center's VM restore point example as JSON, links trimmed
// (https://helpcenter.veeam.com/docs/vbr/em_rest/get_query_vmrestorepoint.html).
const vmRestorePoint = {
  CreationTimeUTC: '2025-06-16T04:00:52.107Z',
  VmName: 'dbserver01',
  Algorithm: 'Incremental',
  PointType: 'Increment',
  HierarchyObjRef: 'urn:VMware:Vm:de28dc43-b8ee-4e17-8e63-3d38b6604033.vm-62228',
  VmDisplayName: 'dbserver01',
  Links: [
    {
      Rel: 'Restore',
      Href: `${host}/vmRestorePoints/f45e5f83-99a0-4b8e-9195-9f88ee13da07?action=restore`,
    },
    {
      Rel: 'Up',
      Href: `${host}/backupServers/7445e6ce-86f5-4171-b909-dac209c66563`,
      Name: 'enterprise06.tech.local',
      Type: 'BackupServerReference',
    },
    {
      Rel: 'Up',
      Href: `${host}/restorePoints/94ebd136-e5e0-4ebf-8e89-c37269132c28`,
      Name: 'Jun 16 2025  4:00AM',
      Type: 'RestorePointReference',
    },
    {
      Rel: 'Up',
      Href: `${host}/backupFiles/499ea31b-d576-4c31-b458-fd8dcd3b5e96`,
      Name: 'Backup Job 1D2025-06-16T060031_8B0A.vib',
      Type: 'BackupFileReference',
    },
  ],
  UID: 'urn:veeam:VmRestorePoint:f45e5f83-99a0-4b8e-9195-9f88ee13da07',
  Name: 'dbserver01@2025-06-16 04:00:52',
  Href: `${host}/vmRestorePoints/f45e5f83-99a0-4b8e-9195-9f88ee13da07?format=Entity`,
  Type: 'VmRestorePoint',
};

describe('VmRestorePointSchema', () => {
  it('reads every documented field and the Up links', () => {
    const point = VmRestorePointSchema.parse(vmRestorePoint);
    expect(point).toMatchObject({
      id: 'f45e5f83-99a0-4b8e-9195-9f88ee13da07',
      uid: 'urn:veeam:VmRestorePoint:f45e5f83-99a0-4b8e-9195-9f88ee13da07',
      name: 'dbserver01@2025-06-16 04:00:52',
      vmName: 'dbserver01',
      algorithm: 'Incremental',
      pointType: 'Increment',
      hierarchyObjRef: 'urn:VMware:Vm:de28dc43-b8ee-4e17-8e63-3d38b6604033.vm-62228',
      restorePoint: { id: '94ebd136-e5e0-4ebf-8e89-c37269132c28', name: 'Jun 16 2025  4:00AM' },
      backupFile: { id: '499ea31b-d576-4c31-b458-fd8dcd3b5e96' },
      backupServer: { id: '7445e6ce-86f5-4171-b909-dac209c66563', name: 'enterprise06.tech.local' },
    });
    expect(point.creationTime.toISOString()).toBe('2025-06-16T04:00:52.107Z');
    expect(point.links.find((link) => link.rel === 'Restore')?.name).toBeNull();
  });

  it('accepts the other casings of the creation time', () => {
    const { CreationTimeUTC: _utc, ...rest } = vmRestorePoint;
    const instant = (fields: Record<string, unknown>) =>
      VmRestorePointSchema.parse({ ...rest, ...fields }).creationTime.toISOString();
    expect(instant({ CreationTimeUtc: '2025-06-16T04:00:52.107Z' })).toBe(
      '2025-06-16T04:00:52.107Z',
    );
    expect(instant({ CreationTime: '2025-06-15T22:10:05.1234567Z' })).toBe(
      '2025-06-15T22:10:05.123Z',
    );
  });

  it('fails with the field name when the creation time is missing or malformed', () => {
    const { CreationTimeUTC: _drop, ...rest } = vmRestorePoint;
    const missing = VmRestorePointSchema.safeParse(rest);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['CreationTimeUTC']);
    expect(
      VmRestorePointSchema.safeParse({ ...vmRestorePoint, CreationTimeUTC: 'soon' }).success,
    ).toBe(false);
  });

  it('falls back to the name for the VM when VmName is absent (older servers)', () => {
    const { VmName: _v, VmDisplayName: _d, ...rest } = vmRestorePoint;
    expect(VmRestorePointSchema.parse(rest).vmName).toBe('dbserver01');
  });
});

describe('RestorePointSchema', () => {
  it('keeps the space-padded name verbatim and reads BackupDateUTC', () => {
    const point = RestorePointSchema.parse({
      Links: [
        {
          Rel: 'Up',
          Type: 'BackupReference',
          Href: `${host}/backups/d9470b6c-d64e-477b-a813-ae9dde7791f5`,
          Name: 'Backup Job 5',
        },
        {
          Rel: 'Up',
          Type: 'BackupServerReference',
          Href: `${host}/backupServers/7445e6ce-86f5-4171-b909-dac209c66563`,
          Name: 'enterprise06.tech.local',
        },
      ],
      BackupDateUTC: '2025-06-05T01:01:27.11Z',
      UID: 'urn:veeam:RestorePoint:f22db071-39ba-4ca5-a492-0a451c0299d7',
      Name: 'Jun  5 2025  1:01AM',
      Href: `${host}/restorePoints/f22db071-39ba-4ca5-a492-0a451c0299d7?format=Entity`,
      Type: 'RestorePoint',
    });
    expect(point.name).toBe('Jun  5 2025  1:01AM');
    expect(point.backupDate.toISOString()).toBe('2025-06-05T01:01:27.110Z');
    expect(point.backup).toMatchObject({
      id: 'd9470b6c-d64e-477b-a813-ae9dde7791f5',
      name: 'Backup Job 5',
    });
  });

  it('rejects a restore point without BackupDateUTC', () => {
    expect(
      RestorePointSchema.safeParse({ Name: 'x', Href: `${host}/restorePoints/x` }).success,
    ).toBe(false);
  });
});

describe('BackupSchema and BackupFileSchema', () => {
  it('finds repository and server by link type, not by position', () => {
    const backup = BackupSchema.parse({
      Platform: 'VMware',
      BackupType: 'Standard',
      Links: [
        {
          Rel: 'Up',
          Href: `${host}/backupServers/s1`,
          Name: 'vbr01',
          Type: 'BackupServerReference',
        },
        {
          Rel: 'Up',
          Href: `${host}/repositories/r1`,
          Name: 'Default Backup Repository',
          Type: 'RepositoryReference',
        },
      ],
      UID: 'urn:veeam:Backup:39cb6675-8930-436a-8ac3-8a4ae6195cb1',
      Name: 'Backup Job 1',
      Href: `${host}/backups/39cb6675-8930-436a-8ac3-8a4ae6195cb1?format=Entity`,
      Type: 'Backup',
    });
    expect(backup).toMatchObject({
      platform: 'VMware',
      backupType: 'Standard',
      repository: { name: 'Default Backup Repository' },
      backupServer: { id: 's1' },
    });
  });

  it('reads CreationTimeUtc (note the casing) and numeric fields of a backup file', () => {
    const file = BackupFileSchema.parse({
      FilePath: 'D:\\Backups\\Backup Job 1\\Backup Job 1D2025-05-29T060108_8D1C.vbk',
      BackupSize: 8682549248,
      DataSize: 75161991659,
      DeduplicationRatio: 5.71,
      CompressRatio: 1.52,
      CreationTimeUtc: '2025-05-29T04:00:20.32Z',
      FileType: 'vbk',
      UID: 'urn:veeam:BackupFile:ab',
      Name: 'Backup Job 1D2025-05-29T060108_8D1C.vbk',
      Href: `${host}/backupFiles/ab?format=Entity`,
    });
    expect(file).toMatchObject({ fileType: 'vbk', backupSize: 8682549248, compressRatio: 1.52 });
    expect(file.creationTime.toISOString()).toBe('2025-05-29T04:00:20.320Z');
  });
});

describe('lists', () => {
  it.each([[{ Refs: null }], [{ Refs: [] }], [{}]])(
    'treats %j as an empty reference list',
    (body) => {
      expect(ReferenceListSchema.parse(body)).toEqual({ items: [], skipped: null });
    },
  );

  it('reads nested query entities and paging, coercing numbers', () => {
    const page = queryEntitiesSchema('VmRestorePoints', VmRestorePointSchema).parse({
      Refs: null,
      Entities: { VmRestorePoints: { VmRestorePoints: [vmRestorePoint] } },
      PagingInfo: {
        Links: [{ Rel: 'Next', Href: `${host}/query?type=VmRestorePoint&pageSize=3&page=2` }],
        PageNum: '1',
        PageSize: 3,
        PagesCount: 7,
      },
    });
    expect(page.items).toHaveLength(1);
    expect(page.paging).toEqual({
      page: 1,
      pageSize: 3,
      pagesCount: 7,
      next: `${host}/query?type=VmRestorePoint&pageSize=3&page=2`,
    });
  });

  it('also accepts a flat Entities list and missing paging', () => {
    const page = queryEntitiesSchema('VmRestorePoints', VmRestorePointSchema).parse({
      Entities: { VmRestorePoints: [vmRestorePoint] },
    });
    expect(page.items).toHaveLength(1);
    expect(page.paging).toBeNull();
  });

  it('reads nested query references', () => {
    const result = queryReferencesSchema.parse({
      Refs: {
        Refs: [
          {
            UID: 'urn:veeam:Backup:b1',
            Name: 'B',
            Href: `${host}/backups/b1`,
            Type: 'BackupReference',
          },
        ],
      },
      PagingInfo: { PageNum: 1, PageSize: 100, PagesCount: 1, Links: [] },
    });
    expect(result.items[0]?.id).toBe('b1');
  });
});
