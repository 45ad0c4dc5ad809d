import { describe, expect, it } from 'vitest';
import { EM_DEMO_FACTS, EM_HOST } from '@/mocks/fixtures/em-types';
import { createMock, idOf, type Ref } from './test-harness';

const api = `${EM_HOST}/api`;
const rels = (ref: Ref | undefined) => ref?.Links.map((l) => `${l.Rel} ${l.Type ?? ''}`);

describe('EM restore points and backup files', () => {
  it('lists the restore points of a backup, as references and entities', async () => {
    const { data, get, login } = createMock();
    const token = await login();
    const backup = data.backups.find((b) => b.name === EM_DEMO_FACTS.largeBackup);
    const expected = data.restorePoints.filter((p) => p.backupId === backup?.id);
    const refs = await get<{ Refs: Ref[] }>(
      `/api/backups/${backup?.id ?? ''}/restorePoints`,
      token,
    );
    expect(refs.body.Refs.map((r) => r.Name)).toEqual(expected.map((p) => p.name));
    expect(refs.body.Refs.length).toBeGreaterThanOrEqual(250);
    const first = refs.body.Refs[0];
    expect(first?.Type).toBe('RestorePointReference');
    expect(rels(first)).toEqual([
      'Up BackupServerReference',
      'Up BackupReference',
      'Alternate RestorePoint',
      'Down VmRestorePointReferenceList',
      'Related BackupFileReferenceList',
    ]);
    const entities = await get<{ RestorePoints: Ref[] }>(
      `/api/backups/${backup?.id ?? ''}/restorePoints?format=Entity`,
      token,
    );
    expect(entities.body.RestorePoints[0]).toMatchObject({
      BackupDateUTC: expected[0]?.backupDateUtc,
      Name: expected[0]?.name,
      Href: `${api}/restorePoints/${expected[0]?.id ?? ''}?format=Entity`,
      Type: 'RestorePoint',
    });
  });

  it('writes a restore point entity; agent points have no VM restore point link', async () => {
    const { data, get, login } = createMock();
    const token = await login();
    const vmPoint = data.restorePoints[0];
    const entity = await get<Ref>(`/api/restorePoints/${vmPoint?.id ?? ''}?format=Entity`, token);
    expect(rels(entity.body)).toEqual([
      'Up BackupReference',
      'Up BackupServerReference',
      'Alternate RestorePointReference',
      'Down VmRestorePointReferenceList',
      'Down VAppRestorePointReferenceList',
      'Related BackupFileReferenceList',
    ]);
    const agent = data.backups.find((b) => b.name === EM_DEMO_FACTS.agentBackup);
    const agentPoint = data.restorePoints.find((p) => p.backupId === agent?.id);
    const agentEntity = await get<Ref>(
      `/api/restorePoints/${agentPoint?.id ?? ''}?format=Entity`,
      token,
    );
    expect(rels(agentEntity.body)).not.toContain('Down VmRestorePointReferenceList');
    const vms = await get(`/api/restorePoints/${agentPoint?.id ?? ''}/vmRestorePoints`, token);
    expect(vms.body).toEqual({ Refs: null });
    const vApps = await get(`/api/restorePoints/${agentPoint?.id ?? ''}/vAppRestorePoints`, token);
    expect(vApps.body).toEqual({ Refs: null });
  });

  it('walks restore point ⇄ backup file ⇄ VM restore points', async () => {
    const { data, get, login } = createMock();
    const token = await login();
    const point = data.restorePoints[0];
    const files = await get<{ Refs: Ref[] }>(
      `/api/restorePoints/${point?.id ?? ''}/backupFiles`,
      token,
    );
    expect(files.body.Refs).toHaveLength(1);
    const fileId = idOf(files.body.Refs[0]?.UID ?? '');
    const file = await get<Ref>(`/api/backupFiles/${fileId}?format=Entity`, token);
    expect(Object.keys(file.body)).toEqual([
      'FilePath',
      'BackupSize',
      'DataSize',
      'DeduplicationRatio',
      'CompressRatio',
      'CreationTimeUtc',
      'FileType',
      'Links',
      'UID',
      'Name',
      'Href',
      'Type',
    ]);
    expect(rels(file.body)).toEqual([
      'Up BackupReference',
      'Up BackupServerReference',
      'Alternate BackupFileReference',
      'Related RestorePointReferenceList',
      'Down VmRestorePointReferenceList',
    ]);
    const back = await get<{ RestorePoints: Ref[] }>(
      `/api/backupFiles/${fileId}/restorePoints?format=Entity`,
      token,
    );
    expect(back.body.RestorePoints.map((p) => p.UID)).toEqual([point?.uid]);
    const vmPoints = await get<{ Refs: Ref[] }>(
      `/api/backupFiles/${fileId}/vmRestorePoints`,
      token,
    );
    const expected = data.vmRestorePoints.filter((p) => p.backupFileId === fileId);
    expect(vmPoints.body.Refs.map((r) => r.Name)).toEqual(expected.map((p) => p.name));
  });

  it('lists all backup files of a backup', async () => {
    const { data, get, login } = createMock();
    const token = await login();
    const backup = data.backups[0];
    const files = await get<{ BackupFiles: Ref[] }>(
      `/api/backups/${backup?.id ?? ''}/backupFiles?format=Entity`,
      token,
    );
    const expected = data.backupFiles.filter((f) => f.backupId === backup?.id);
    expect(files.body.BackupFiles.map((f) => f.FilePath)).toEqual(expected.map((f) => f.filePath));
    const all = await get<{ Refs: Ref[] }>('/api/backupFiles', token);
    expect(all.body.Refs).toHaveLength(data.backupFiles.length);
  });
});
