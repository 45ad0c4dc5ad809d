import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteVmIndex, loadVmIndex, saveVmIndex, storageKey } from './storage';

const index = {
  entries: [],
  points: 0,
  startedAt: new Date('2025-06-16T10:00:00Z'),
  fullAt: new Date('2025-06-16T09:00:00Z'),
};

describe('stored VM-name index', () => {
  it('keeps one index per user of this app, dates intact, until deleted', async () => {
    const ann = storageKey('CORP\\Ann');
    const bob = storageKey('corp\\bob');
    expect(storageKey('corp\\ann')).toBe(ann);
    expect(ann).not.toBe(bob);
    await saveVmIndex(ann, index);
    expect(await loadVmIndex(ann)).toEqual(index);
    expect(await loadVmIndex(bob)).toBeNull();
    await deleteVmIndex(ann);
    expect(await loadVmIndex(ann)).toBeNull();
  });

  it('treats a record of another shape as nothing stored', async () => {
    const key = storageKey('old');
    await saveVmIndex(key, { ...index, startedAt: 'yesterday' } as never);
    expect(await loadVmIndex(key)).toBeNull();
  });
});
