/**
 * Evaluates a parsed filter and a sort over a query target's fields (docs/api-notes.md#query-service): text
 * compares case-insensitively and exactly (no wildcards), dates as UTC instants, numbers
 * numerically and enums by their declared order.
 */
import { parseUtcMs } from '@/mocks/fixtures/utc';
import type { FilterNode, FilterOp } from './filter';
import type { Column, QueryTarget } from './query-types';

/** A well-formed request the server still rejects: unknown field, bad value. Answered with 400. */
export class QueryError extends Error {
  override name = 'QueryError';
}

export type RowTest = (row: number) => boolean;

export function columnOf(target: QueryTarget, field: string): Column {
  const found = target.field(field);
  if (!found) throw new QueryError(`Field '${field}' is not supported for type ${target.name}.`);
  return found.column;
}

/** The comparison's value as the column holds values: lower-cased text, ms, number, position. */
export function operand(column: Column, field: string, value: string): string | number {
  const invalid = () => new QueryError(`Invalid value '${value}' for field '${field}'.`);
  switch (column.kind) {
    case 'text':
      return value.toLowerCase();
    case 'date': {
      const ms = parseUtcMs(value);
      if (ms === undefined) throw invalid();
      return ms;
    }
    case 'number': {
      const n = value.trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(n)) throw invalid();
      return n;
    }
    case 'enum': {
      const position = column.names.findIndex((name) => name.toLowerCase() === value.toLowerCase());
      if (position < 0) throw invalid();
      return position;
    }
  }
}

function test<V extends string | number>(get: (row: number) => V, op: FilterOp, v: V): RowTest {
  switch (op) {
    case '==':
      return (row) => get(row) === v;
    case '!=':
      return (row) => get(row) !== v;
    case '<':
      return (row) => get(row) < v;
    case '>':
      return (row) => get(row) > v;
    case '<=':
      return (row) => get(row) <= v;
    case '>=':
      return (row) => get(row) >= v;
  }
}

/** A test of one row; throws QueryError for an unknown field or a bad value anywhere in it. */
export function compileFilter(node: FilterNode, target: QueryTarget): RowTest {
  if (node.kind !== 'compare') {
    const tests = node.items.map((item) => compileFilter(item, target));
    return node.kind === 'and'
      ? (row) => tests.every((t) => t(row))
      : (row) => tests.some((t) => t(row));
  }
  const column = columnOf(target, node.field);
  const v = operand(column, node.field, node.value);
  if (column.kind === 'text') return test(column.get, node.op, String(v));
  return test(column.get, node.op, Number(v));
}

/**
 * Sorts rows by one field, ties in row order (the stable sort of the whole collection), reading
 * each row's value once.
 */
export function sortRows(rows: ArrayLike<number>, column: Column, descending: boolean): Int32Array {
  const dir = descending ? -1 : 1;
  const get: (row: number) => string | number = column.get;
  const keys = Array.from(rows, get);
  const row = (i: number) => rows[i] ?? 0;
  const positions = Int32Array.from(keys, (_, i) => i).sort((i, j) => {
    const x = keys[i] ?? '';
    const y = keys[j] ?? '';
    return x < y ? -dir : x > y ? dir : row(i) - row(j);
  });
  return Int32Array.from(positions, row);
}
