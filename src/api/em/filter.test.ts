import { describe, expect, it } from 'vitest';
import { parseFilter } from '@/mocks/handlers/em/filter';
import { and, compare, eq, or, quote } from './filter';

describe('query filter builder', () => {
  it('always quotes, so names with spaces keep their spaces', () => {
    expect(eq('VmName', 'file server 01')).toBe('VmName=="file server 01"');
  });

  it('doubles quotes inside a value', () => {
    expect(quote('file server "old"')).toBe('"file server ""old"""');
  });

  it('keeps non-ASCII characters as they are (URL encoding happens later)', () => {
    expect(eq('VmName', 'büro-dc01')).toBe('VmName=="büro-dc01"');
    expect(new URLSearchParams({ filter: eq('VmName', 'büro-dc01') }).toString()).toBe(
      'filter=VmName%3D%3D%22b%C3%BCro-dc01%22',
    );
  });

  it('writes dates as UTC ISO strings', () => {
    expect(compare('CreationTime', '>=', new Date('2025-06-01T00:00:00Z'))).toBe(
      'CreationTime>="2025-06-01T00:00:00.000Z"',
    );
  });

  it('joins AND with ; and OR with , and groups OR inside AND', () => {
    expect(and(eq('A', '1'), or(eq('B', '2'), eq('C', '3')))).toBe('A=="1";(B=="2",C=="3")');
    expect(and(eq('A', 'x,y'), eq('B', '2'))).toBe('A=="x,y";B=="2"');
  });

  it('reads back exactly by the server rules, for the names help desks type', () => {
    for (const name of [
      'sql01',
      'file server "old"',
      'büro-dc01',
      'a,b;c',
      '(x)',
      'quote"',
      ' padded ',
    ]) {
      expect(parseFilter(eq('VmName', name))).toEqual({
        kind: 'compare',
        field: 'VmName',
        op: '==',
        value: name,
      });
    }
  });

  it('builds one OR filter for a batch of UIDs', () => {
    const uids = ['urn:veeam:RestorePoint:1', 'urn:veeam:RestorePoint:2'];
    const filter = or(...uids.map((uid) => eq('UID', uid)));
    expect(filter).toBe('UID=="urn:veeam:RestorePoint:1",UID=="urn:veeam:RestorePoint:2"');
    expect(parseFilter(filter)).toEqual({
      kind: 'or',
      items: uids.map((value) => ({ kind: 'compare', field: 'UID', op: '==', value })),
    });
  });
});
