/** Filter builders and the Microsoft 365 view ↔ URL ↔ API mapping: any input, no throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_NAMES } from '@/mocks/fixtures/hostile';
import { and, compare, eq, or, quote, type Comparison } from './em/filter';
import {
  FILTER_KEYS,
  parseUrlDate,
  pickerToUrl,
  problems,
  readView,
  toApiQuery,
  urlToPicker,
  viewChanges,
  viewQuery,
} from './m365/filters';

const text = fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_NAMES));
const RUNS = 1_500;

describe('EM filter builders, fuzzed', () => {
  it('quote keeps any value inside one quoted string', () => {
    fc.assert(
      fc.property(text, (value) => {
        const quoted = quote(value);
        expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
        // Inside, every quote is doubled: undoubling gives the value back.
        expect(quoted.slice(1, -1).replaceAll('""', '"')).toBe(value);
        expect(quoted.slice(1, -1).replaceAll('""', '')).not.toContain('"');
      }),
      { numRuns: RUNS },
    );
  });

  it('compare, eq, and, or build a string for anything', () => {
    const op = fc.constantFrom<Comparison>('==', '!=', '<', '>', '<=', '>=');
    const operand = fc.oneof(text, fc.double(), fc.date({ noInvalidDate: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, op, operand), { maxLength: 5 }), (parts) => {
        const clauses = parts.map(([field, comparison, value]) =>
          compare(field, comparison, value),
        );
        expect(typeof and(...clauses, or(...clauses.map((clause) => eq('Name', clause))))).toBe(
          'string',
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('Microsoft 365 view mapping, fuzzed', () => {
  const key = fc.oneof(fc.constantFrom(...FILTER_KEYS, 'sort', 'dir', 'page', 'size'), fc.string());
  const params = fc
    .array(fc.tuple(key, text), { maxLength: 12 })
    .map((entries) => new URLSearchParams(entries));
  const version = fc.constantFrom('v6', 'v7', 'v8' as const);

  it('any URL gives a view, an API query and a list of problems', () => {
    fc.assert(
      fc.property(params, version, (search, api) => {
        const view = readView(search);
        expect(view.page).toBeGreaterThanOrEqual(1);
        expect(typeof toApiQuery(api, view)).toBe('object');
        expect(typeof problems(view, api)).toBe('object');
        expect(typeof viewQuery(view)).toBe('object');
        expect(typeof viewChanges(search, { page: 2 })).toBe('object');
      }),
      { numRuns: RUNS },
    );
  });

  it('date helpers answer null for what they cannot read', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc.date().map((date) => String(date)),
        ),
        (value) => {
          const date = parseUrlDate(value);
          if (date) expect(Number.isNaN(date.getTime())).toBe(false);
          expect([null, 'string']).toContain(pickerToUrl(value) === null ? null : 'string');
          expect([null, 'string']).toContain(urlToPicker(value) === null ? null : 'string');
        },
      ),
      { numRuns: RUNS },
    );
  });
});
