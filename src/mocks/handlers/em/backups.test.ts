import { describe, expect, it } from 'vitest';
import { EM_DEMO_FACTS, EM_HOST } from '@/mocks/fixtures/em-types';
import { createMock, idOf, type Ref } from './test-harness';

const api = `${EM_HOST}/api`;

describe('EM backups, backup servers and repositories', () => {
  it('lists backups as references and as entities', async () => {
    const { data, get, login } = createMock();
    const token = await login();
    const refs = await get<{ Refs: Ref[] }>('/api/backups', token);
    expect(refs.body.Refs).toHaveLength(data.backups.length);
    expect(Object.keys(refs.body.Refs[0] ?? {})).toEqual(['Links', 'UID', 'Name', 'Href', 'Type']);
    const entities = await get<{ Backups: Ref[] }>('/api/backups?format=Entity', token);
    expect(Object.keys(entities.body)).toEqual(['Backups']);
    expect(entities.body.Backups.map((b) => b.Platform)).toEqual(
      data.backups.map((b) => b.platform),
    );
  });

  it('writes a backup reference and entity with the documented links', async () => {
    const { data, get, login } = createMock();
    const token = await login();
    const backup = data.backups.find((b) => b.name === EM_DEMO_FACTS.freshBackup);
    const id = backup?.id ?? '';
    const repo = data.repositories.find((r) => r.id === backup?.repositoryId);
    const server = data.backupServers.find((s) => s.id === backup?.backupServerId);
    const up = [
      {
        Rel: 'Up',
        Href: `${api}/repositories/${repo?.id ?? ''}`,
        Name: repo?.name,
        Type: 'RepositoryReference',
      },
      {
        Rel: 'Up',
        Href: `${api}/backupServers/${server?.id ?? ''}`,
        Name: server?.name,
        Type: 'BackupServerReference',
      },
    ];
    const down = [
      {
        Rel: 'Down',
        Href: `${api}/backups/${id}/restorePoints`,
        Type: 'RestorePointReferenceList',
      },
      { Rel: 'Down', Href: `${api}/backups/${id}/backupFiles`, Type: 'BackupFileReferenceList' },
    ];
    const ref = (await get<Ref>(`/api/backups/${id.toUpperCase()}`, token)).body;
    expect(ref).toEqual({
      Links: [
        up[1],
        up[0],
        {
          Rel: 'Alternate',
          Href: `${api}/backups/${id}?format=Entity`,
          Name: 'SQL Daily',
          Type: 'Backup',
        },
        ...down,
      ],
      UID: `urn:veeam:Backup:${id}`,
      Name: 'SQL Daily',
      Href: `${api}/backups/${id}`,
      Type: 'BackupReference',
    });
    const entity = (await get<Ref>(`/api/backups/${id}?format=eNtItY`, token)).body;
    expect(entity).toEqual({
      Platform: 'VMware',
      BackupType: 'Standard',
      Links: [
        ...up,
        {
          Rel: 'Alternate',
          Href: `${api}/backups/${id}`,
          Name: 'SQL Daily',
          Type: 'BackupReference',
        },
        ...down,
      ],
      UID: `urn:veeam:Backup:${id}`,
      Name: 'SQL Daily',
      Href: `${api}/backups/${id}?format=Entity`,
      Type: 'Backup',
    });
  });

  it('links parent and child backups', async () => {
    const { data, get, login } = createMock();
    const token = await login();
    const parent = data.backups.find((b) => b.backupType === 'ParentBackup');
    const childId = data.backups.find((b) => b.backupType === 'ChildBackup')?.id ?? '';
    const child = (await get<Ref>(`/api/backups/${childId}?format=Entity`, token)).body;
    expect(child.Links).toContainEqual({
      Rel: 'Up',
      Href: `${api}/backups/${parent?.id ?? ''}?format=Entity`,
      Name: EM_DEMO_FACTS.parentBackup,
      Type: 'Backup',
    });
    const children = await get<{ Refs: Ref[] }>(
      `/api/backups/${parent?.id ?? ''}/childBackups`,
      token,
    );
    expect(children.body.Refs.map((r) => r.Name)).toEqual([EM_DEMO_FACTS.agentBackup]);
  });

  it('serves backup servers and repositories', async () => {
    const { data, get, login } = createMock();
    const token = await login();
    const servers = await get<{ BackupServers: Ref[] }>('/api/backupServers?FORMAT=entity', token);
    const hq = servers.body.BackupServers[0];
    expect(hq).toMatchObject({ Name: 'vbr-hq.corp.local', Port: 9392, Type: 'BackupServer' });
    expect(hq?.Links[0]).toMatchObject({ Rel: 'Alternate', Type: 'BackupServerReference' });
    const ref = await get<Ref>(`/api/backupServers/${idOf(hq?.UID ?? '')}`, token);
    expect(ref.body.Links.find((l) => l.Rel === 'Alternate')).toMatchObject({
      Href: `${api}/backupServers/${idOf(hq?.UID ?? '')}?format=Entity`,
      Type: 'BackupServer',
    });
    const repo = data.repositories[0];
    const entity = await get<Ref>(`/api/repositories/${repo?.id ?? ''}?format=Entity`, token);
    expect(entity.body).toMatchObject({ Name: repo?.name, Kind: repo?.kind, Type: 'Repository' });
    const repos = await get<{ Refs: Ref[] }>(
      `/api/backupServers/${idOf(hq?.UID ?? '')}/repositories`,
      token,
    );
    expect(repos.body.Refs.map((r) => r.Name)).toEqual(['HQ Primary ReFS', 'HQ Offsite Copy']);
  });

  it('leaves Name out of links that have none', async () => {
    const { get, login } = createMock();
    const { body } = await get<{ Backups: Ref[] }>('/api/backups?format=Entity', await login());
    const down = body.Backups[0]?.Links.find((l) => l.Rel === 'Down');
    expect(down && 'Name' in down).toBe(false);
  });
});
