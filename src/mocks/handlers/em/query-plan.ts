/**
 * Chooses a query's rows the way an indexed database would, with the same answer as testing every
 * row: `==` on an indexed field is an index lookup, a date range a binary search in time order,
 * OR a union of lookups (UID batches), AND the smallest lookup narrowed by date ranges and tested
 * against the rest. Anything else is a scan. `examined` counts the rows whose values were read
 * (tested, sorted or probed), so tests can tell an indexed query from a scan.
 */
import type { FilterNode, FilterOp } from './filter';
import { columnOf, compileFilter, operand, sortRows, type RowTest } from './query-eval';
import type { QueryTarget } from './query-types';

export interface QueryRequest {
  filter?: FilterNode;
  sort?: { field: string; descending: boolean };
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface Selection {
  /** The page's rows, in order. */
  rows: number[];
  /** Rows matching the filter. */
  total: number;
  examined: number;
}

/** Candidate rows in time order (time, then row, ascending) or in row order. */
interface Rows {
  rows: Int32Array;
  byTime: boolean;
}
interface Stats {
  examined: number;
}
type Range = { op: FilterOp; ms: number };

const RANGE_OPS: readonly FilterOp[] = ['<', '<=', '>', '>=', '=='];

function timeRange(node: FilterNode, target: QueryTarget): Range | undefined {
  if (node.kind !== 'compare' || !target.time || !RANGE_OPS.includes(node.op)) return undefined;
  if (node.field.toLowerCase() !== target.time.field) return undefined;
  const ms = operand(columnOf(target, node.field), node.field, node.value);
  return { op: node.op, ms: Number(ms) };
}

/** The slice of time-ordered rows within a range, by binary search. */
function narrow(rows: Int32Array, range: Range, target: QueryTarget, stats: Stats): Int32Array {
  const values = target.time?.order().values ?? [];
  const at = (i: number) => values[rows[i] ?? 0] ?? NaN;
  const first = (from: number, to: number, past: (value: number) => boolean): number => {
    while (from < to) {
      const mid = (from + to) >>> 1;
      stats.examined += 1;
      if (past(at(mid))) to = mid;
      else from = mid + 1;
    }
    return from;
  };
  // Rows without a time sort last and match no range.
  const end = first(0, rows.length, Number.isNaN);
  const lower = first(0, end, (v) => v >= range.ms);
  const upper = first(lower, end, (v) => v > range.ms);
  const [from, to] = {
    '<': [0, lower],
    '<=': [0, upper],
    '>': [upper, end],
    '>=': [lower, end],
    '==': [lower, upper],
    '!=': [0, 0],
  }[range.op];
  return rows.subarray(from, to);
}

function lookup(node: FilterNode, target: QueryTarget, stats: Stats): Rows | undefined {
  if (node.kind !== 'compare') return undefined;
  const equal = target.field(node.field)?.equal;
  if (node.op === '==' && equal) {
    return { rows: equal(node.value.toLowerCase()), byTime: Boolean(target.time) };
  }
  const range = timeRange(node, target);
  const all = target.time?.order().asc;
  return range && all ? { rows: narrow(all, range, target, stats), byTime: true } : undefined;
}

function keep(rows: Rows, tests: RowTest[], stats: Stats): Rows {
  if (!tests.length) return rows;
  stats.examined += rows.rows.length;
  const kept = rows.rows.filter((row) => tests.every((t) => t(row)));
  return { rows: kept, byTime: rows.byTime };
}

function plan(node: FilterNode, target: QueryTarget, stats: Stats): Rows | undefined {
  if (node.kind === 'compare') return lookup(node, target, stats);
  const parts = node.items.map((item) => ({ item, found: plan(item, target, stats) }));
  if (node.kind === 'or') {
    const found = parts.map((part) => part.found);
    if (!found.every((rows) => rows !== undefined)) return undefined;
    const all = Int32Array.from(found.flatMap((rows) => Array.from(rows.rows))).sort();
    stats.examined += all.length;
    return { rows: all.filter((row, i) => i === 0 || all[i - 1] !== row), byTime: false };
  }
  const driver = parts
    .filter((part) => part.found)
    .sort((a, b) => (a.found?.rows.length ?? 0) - (b.found?.rows.length ?? 0))[0];
  if (!driver?.found) return undefined;
  let rows = driver.found;
  const tests: RowTest[] = [];
  for (const part of parts) {
    if (part === driver) continue;
    const range = rows.byTime ? timeRange(part.item, target) : undefined;
    if (range) rows = { rows: narrow(rows.rows, range, target, stats), byTime: true };
    else tests.push(compileFilter(part.item, target));
  }
  return keep(rows, tests, stats);
}

/** Time-ordered rows from the newest: ties keep row order, as a stable sort would. */
function newestFirst(rows: Int32Array, values: ArrayLike<number>, from: number, count: number) {
  const n = rows.length;
  const time = (i: number) => values[rows[i] ?? 0] ?? NaN;
  const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));
  const page: number[] = [];
  for (let p = from; p < n && page.length < count;) {
    // Position p (from the end) falls in a run of equal times [start, end] (from the start).
    let start = n - 1 - p;
    let end = start;
    while (start > 0 && same(time(start - 1), time(end))) start -= 1;
    while (end < n - 1 && same(time(end + 1), time(start))) end += 1;
    for (let q = p; q <= n - 1 - start && page.length < count; q += 1) {
      page.push(rows[start + q - (n - 1 - end)] ?? 0);
    }
    p = n - start;
  }
  return page;
}

const fullOrders = new WeakMap<QueryTarget, Map<string, Int32Array>>();

/** Every row sorted by a field, kept per target: the first such request pays for it. */
function fullOrder(target: QueryTarget, field: string, descending: boolean): Int32Array {
  const orders = fullOrders.get(target) ?? new Map<string, Int32Array>();
  fullOrders.set(target, orders);
  const key = `${field.toLowerCase()} ${String(descending)}`;
  let order = orders.get(key);
  if (!order) {
    const all = Int32Array.from({ length: target.count }, (_, row) => row);
    order = sortRows(all, columnOf(target, field), descending);
    orders.set(key, order);
  }
  return order;
}

export function selectRows(target: QueryTarget, request: QueryRequest): Selection {
  const stats: Stats = { examined: 0 };
  const { filter, sort } = request;
  let chosen: Rows | undefined;
  if (filter) {
    const test = compileFilter(filter, target); // checks every field and value first
    chosen = plan(filter, target, stats);
    if (!chosen) {
      const all = Int32Array.from({ length: target.count }, (_, row) => row);
      chosen = keep({ rows: all, byTime: false }, [test], stats);
    }
  }
  const total = chosen ? chosen.rows.length : target.count;
  const from = (request.page - 1) * request.pageSize;
  const to = Math.min(total, from + request.pageSize);
  const span = (rows: ArrayLike<number>) =>
    Array.from({ length: Math.max(0, to - from) }, (_, i) => rows[from + i] ?? 0);
  const result = (rows: number[]) => ({ rows, total, examined: stats.examined });

  if (!sort) {
    if (!chosen) return result(Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i));
    if (chosen.byTime) stats.examined += total;
    return result(span(chosen.byTime ? Int32Array.from(chosen.rows).sort() : chosen.rows));
  }
  const column = columnOf(target, sort.field);
  const time = target.time;
  if (time && sort.field.toLowerCase() === time.field) {
    let rows = chosen?.rows ?? time.order().asc;
    if (chosen && !chosen.byTime) {
      stats.examined += total;
      rows = sortRows(rows, column, false);
    }
    return result(
      sort.descending ? newestFirst(rows, time.order().values, from, to - from) : span(rows),
    );
  }
  if (!chosen) return result(span(fullOrder(target, sort.field, sort.descending)));
  stats.examined += total;
  return result(span(sortRows(chosen.rows, column, sort.descending)));
}
