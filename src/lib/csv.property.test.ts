/** The CSV writer against any text: no throw, and no cell a spreadsheet would run. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_NAMES } from '@/mocks/fixtures/hostile';
import { csvCell, toCsv, type CsvCell } from './csv';
import { oneLine } from './ticket-text';

const text = fc.oneof(
  fc.string(),
  fc.constantFrom(...HOSTILE_NAMES),
  fc
    .tuple(fc.constantFrom(' ', '\u00a0', '\u3000', '\n', '\r\n', '\t', ''), fc.string())
    .map(([lead, rest]) => lead + rest),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠'), fc.string())
    .map(([sign, rest]) => sign + rest),
);
const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  text,
  fc.double(),
  fc.boolean(),
  fc.date(),
  fc.constantFrom(null, undefined),
);
const RUNS = 2_000;

/** The cell's text as a spreadsheet reads it: without the RFC 4180 quoting. */
function unquote(written: string): string {
  return written.startsWith('"') ? written.slice(1, -1).replaceAll('""', '"') : written;
}

describe('CSV, fuzzed', () => {
  it('never writes a text cell a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(text, (value) => {
        const read = unquote(csvCell(value));
        expect(read).not.toMatch(/^[\t\r\n]/);
        expect(read).not.toMatch(/^[\s\u3000]*[=+\-@＝＋－＠]/u);
      }),
      { numRuns: RUNS },
    );
  });

  it('writes any table without throwing, one quoted field per value', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }), (rows) => {
        const csv = toCsv(['a', 'b'], rows);
        expect(csv.endsWith('\r\n')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('ticket values stay on one line', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(oneLine(value)).not.toMatch(/[\n\r\u2028\u2029\u0085\v\f]/);
      }),
      { numRuns: RUNS },
    );
  });
});
