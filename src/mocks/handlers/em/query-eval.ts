/**
 * Evaluates a parsed filter and a sort over a query target's columns
 * (docs/api-notes.md#query-service): text compares case-insensitively and exactly (no wildcards),
 * dates as UTC instants, numbers numerically and enums by their declared order.
 */
import type { FilterNode, FilterOp } from './filter';
import { parseUtcMs, type Column, type QueryTarget } from './query-types';

/** A well-formed request the server still rejects: unknown field, bad value. Answered with 400. */
export class QueryError extends Error {
  override name = 'QueryError';
}

export type RowTest = (row: number) => boolean;

export function columnOf(target: QueryTarget, field: string): Column {
  const column = target.column(field);
  if (!column) throw new QueryError(`Field '${field}' is not supported for type ${target.name}.`);
  return column;
}

function operand(column: Column, field: string, value: string): string | number {
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

function test<V extends string | number>(values: V[], op: FilterOp, v: V, empty: V): RowTest {
  switch (op) {
    case '==':
      return (row) => (values[row] ?? empty) === v;
    case '!=':
      return (row) => (values[row] ?? empty) !== v;
    case '<':
      return (row) => (values[row] ?? empty) < v;
    case '>':
      return (row) => (values[row] ?? empty) > v;
    case '<=':
      return (row) => (values[row] ?? empty) <= v;
    case '>=':
      return (row) => (values[row] ?? empty) >= v;
  }
}

export function compileFilter(node: FilterNode, target: QueryTarget): RowTest {
  if (node.kind !== 'compare') {
    const tests = node.items.map((item) => compileFilter(item, target));
    return node.kind === 'and'
      ? (row) => tests.every((t) => t(row))
      : (row) => tests.some((t) => t(row));
  }
  const column = columnOf(target, node.field);
  const v = operand(column, node.field, node.value);
  if (column.kind === 'text') return test(column.values, node.op, String(v), '');
  return test(column.values, node.op, Number(v), NaN);
}

/** Stable sort of row numbers by one field. */
export function sortRows(rows: number[], column: Column, descending: boolean): number[] {
  const dir = descending ? -1 : 1;
  const values: (string | number)[] = column.values;
  return rows.sort((a, b) => {
    const x = values[a] ?? '';
    const y = values[b] ?? '';
    return x < y ? -dir : x > y ? dir : 0;
  });
}
