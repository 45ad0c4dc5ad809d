import { describe, expect, it } from 'vitest';
import { FilterSyntaxError, parseFilter } from './filter';

const cmp = (field: string, op: string, value: string) => ({ kind: 'compare', field, op, value });

describe('parseFilter', () => {
  it('reads every comparison operator', () => {
    for (const op of ['==', '!=', '<', '>', '<=', '>=']) {
      expect(parseFilter(`Name${op}x`)).toEqual(cmp('Name', op, 'x'));
    }
  });

  it('keeps quoted values verbatim and un-doubles quotes', () => {
    expect(parseFilter('Name=="Fileserver Backup"')).toEqual(
      cmp('Name', '==', 'Fileserver Backup'),
    );
    expect(parseFilter('VmName=="file server ""old"""')).toEqual(
      cmp('VmName', '==', 'file server "old"'),
    );
    expect(parseFilter('Name=="a;b,(c)"')).toEqual(cmp('Name', '==', 'a;b,(c)'));
    expect(parseFilter('Name==""')).toEqual(cmp('Name', '==', ''));
  });

  it('strips spaces from unquoted values and around tokens', () => {
    expect(parseFilter(' Name == Backup Job 1 ')).toEqual(cmp('Name', '==', 'BackupJob1'));
    expect(parseFilter('CreationTime>2025-06-01T00:00:00Z')).toEqual(
      cmp('CreationTime', '>', '2025-06-01T00:00:00Z'),
    );
    expect(parseFilter('VmName==büro-dc01')).toEqual(cmp('VmName', '==', 'büro-dc01'));
  });

  it('binds ; tighter than , and honours parentheses', () => {
    expect(parseFilter('a==1,b==2;c==3')).toEqual({
      kind: 'or',
      items: [
        cmp('a', '==', '1'),
        { kind: 'and', items: [cmp('b', '==', '2'), cmp('c', '==', '3')] },
      ],
    });
    expect(parseFilter('(a==1,b==2);c==3')).toEqual({
      kind: 'and',
      items: [
        { kind: 'or', items: [cmp('a', '==', '1'), cmp('b', '==', '2')] },
        cmp('c', '==', '3'),
      ],
    });
    expect(parseFilter('((a==1))')).toEqual(cmp('a', '==', '1'));
  });

  it.each([
    'Name',
    'Name=',
    'Name==',
    '==x',
    'Name=="open',
    'Name==a"b',
    '(Name==a',
    'Name==a)',
    'Name==a;',
    ',Name==a',
    'Name==a b==c',
    'Name~=a',
    '()',
  ])('rejects %s', (filter) => {
    expect(() => parseFilter(filter)).toThrow(FilterSyntaxError);
  });
});
