import { describe, expect, it } from 'vitest';
import { csvCell, csvFilename, toCsv } from './csv';

describe('CSV writer', () => {
  it('writes a header row and CRLF rows', () => {
    expect(
      toCsv(
        ['VM', 'Count'],
        [
          ['sql01', 3],
          ['dc01', 1],
        ],
      ),
    ).toBe('VM,Count\r\nsql01,3\r\ndc01,1\r\n');
  });

  it('quotes commas, quotes and newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('file server "old"')).toBe('"file server ""old"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
  });

  it('guards cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-2)).toBe('-2'); // real numbers stay numbers
  });

  it('also guards formulas behind leading spaces or line breaks, and full-width signs', () => {
    expect(csvCell(' =1+1')).toBe(`' =1+1`);
    expect(csvCell('\u00a0\u3000@SUM(A1)')).toBe(`'\u00a0\u3000@SUM(A1)`);
    expect(csvCell('\n=cmd|calc')).toBe(`"'\n=cmd|calc"`);
    expect(csvCell('\r\n+1')).toBe(`"'\r\n+1"`);
    expect(csvCell('\tx')).toBe(`'\tx`);
    for (const sign of ['＝', '＋', '－', '＠']) {
      expect(csvCell(`${sign}HYPERLINK("x")`)).toBe(`"'${sign}HYPERLINK(""x"")"`);
    }
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('sql-01')).toBe('sql-01');
  });

  it('writes dates as ISO 8601 UTC and empty values as empty cells', () => {
    expect(csvCell(new Date('2025-06-16T04:00:52.107Z'))).toBe('2025-06-16T04:00:52.107Z');
    expect(csvCell(new Date(Number.NaN))).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('names files after the list and the day', () => {
    expect(csvFilename('Restore points of SQL Backup', new Date('2025-06-16T10:00:00Z'))).toBe(
      'restore-points-of-sql-backup-2025-06-16.csv',
    );
  });
});
