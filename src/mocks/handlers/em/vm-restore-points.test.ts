import { describe, expect, it } from 'vitest';
import { EM_HOST } from '@/mocks/fixtures/em-types';
import { createMock, type Ref } from './test-harness';

const api = `${EM_HOST}/api`;

describe('EM VM restore points', () => {
  it('writes the entity as the 13.x docs show', async () => {
    const { data, get, login } = createMock();
    const token = await login();
    const point = data.vmRestorePoints.find((p) => p.vmName === 'büro-dc01');
    const id = point?.id ?? '';
    const rp = data.restorePoints.find((p) => p.id === point?.restorePointId);
    const file = data.backupFiles.find((f) => f.id === point?.backupFileId);
    const server = data.backupServers.find((s) => s.id === point?.backupServerId);
    const href = `${api}/vmRestorePoints/${id}`;
    const ups = [
      {
        Rel: 'Up',
        Href: `${api}/backupServers/${server?.id ?? ''}`,
        Name: server?.name,
        Type: 'BackupServerReference',
      },
      {
        Rel: 'Up',
        Href: `${api}/restorePoints/${rp?.id ?? ''}`,
        Name: rp?.name,
        Type: 'RestorePointReference',
      },
      {
        Rel: 'Up',
        Href: `${api}/backupFiles/${file?.id ?? ''}`,
        Name: file?.name,
        Type: 'BackupFileReference',
      },
    ];
    const { body } = await get<Ref>(`/api/vmRestorePoints/${id}?format=Entity`, token);
    expect(body).toEqual({
      CreationTimeUTC: point?.creationTimeUtc,
      VmName: 'büro-dc01',
      Algorithm: point?.algorithm,
      PointType: point?.pointType,
      HierarchyObjRef: point?.hierarchyObjRef,
      VmDisplayName: 'büro-dc01',
      Links: [
        { Rel: 'Restore', Href: `${href}?action=restore` },
        ...ups,
        { Rel: 'Alternate', Href: href, Name: point?.name, Type: 'VmRestorePointReference' },
        { Rel: 'Down', Href: `${href}/mounts`, Type: 'VmRestorePointMountList' },
        { Rel: 'Create', Href: `${href}/mounts`, Type: 'VmRestorePointMount' },
      ],
      UID: `urn:veeam:VmRestorePoint:${id}`,
      Name: point?.name,
      Href: `${href}?format=Entity`,
      Type: 'VmRestorePoint',
    });
    const ref = await get<Ref>(`/api/vmRestorePoints/${id}`, token);
    expect(ref.body).toEqual({
      Links: [
        ...ups,
        {
          Rel: 'Alternate',
          Href: `${href}?format=Entity`,
          Name: point?.name,
          Type: 'VmRestorePoint',
        },
      ],
      UID: `urn:veeam:VmRestorePoint:${id}`,
      Name: point?.name,
      Href: href,
      Type: 'VmRestorePointReference',
    });
  });

  it('lists the VM restore points of a restore point', async () => {
    const { data, get, login } = createMock();
    const token = await login();
    const rp = data.restorePoints[0];
    const expected = data.vmRestorePoints.filter((p) => p.restorePointId === rp?.id);
    const refs = await get<{ Refs: Ref[] }>(
      `/api/restorePoints/${rp?.id ?? ''}/vmRestorePoints`,
      token,
    );
    expect(refs.body.Refs.map((r) => r.UID)).toEqual(expected.map((p) => p.uid));
    const entities = await get<{ VmRestorePoints: Ref[] }>(
      `/api/restorePoints/${rp?.id ?? ''}/vmRestorePoints?format=Entity`,
      token,
    );
    expect(entities.body.VmRestorePoints.map((p) => p.VmName)).toEqual(
      expected.map((p) => p.vmName),
    );
  });

  it('lists every VM restore point in the plain collection', async () => {
    const { data, get, login } = createMock();
    const { body } = await get<{ VmRestorePoints: Ref[] }>(
      '/api/vmRestorePoints?format=Entity',
      await login(),
    );
    expect(body.VmRestorePoints).toHaveLength(data.vmRestorePoints.length);
  });
});
