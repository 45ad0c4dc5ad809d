/**
 * The query service's indexes, each built once on first use: rows in time order (for date ranges
 * by binary search and for sorting by time), and rows by value for `==` on the fields the app
 * filters by. Index groups keep time order, so "this VM's points, newest first" is a slice.
 */
import type { EmTable } from '@/mocks/fixtures/em-store';
import { groupRows } from './row-groups';

/** Rows by time ascending, ties by row; rows without a time (NaN) last, outside every range. */
export interface TimeOrder {
  values: ArrayLike<number>;
  asc: Int32Array;
}

export function timeOrder(values: ArrayLike<number>): TimeOrder {
  const asc = Int32Array.from({ length: values.length }, (_, row) => row);
  const at = (row: number) => values[row] ?? NaN;
  asc.sort((a, b) => {
    const x = at(a);
    const y = at(b);
    if (x === y) return a - b;
    if (Number.isNaN(x)) return Number.isNaN(y) ? a - b : 1;
    if (Number.isNaN(y)) return -1;
    return x < y ? -1 : 1;
  });
  return { values, asc };
}

/** Lazily built once; `build` runs on the first call. */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** Rows equal to a lower-cased value, in time order (or row order for types without a time). */
export type EqualIndex = (value: string) => Int32Array;

const EMPTY = new Int32Array(0);

/** By the value of a cheap column (names): one map from value to rows. */
export function valueIndex(
  count: number,
  value: (row: number) => string,
  order: () => ArrayLike<number> | undefined,
): EqualIndex {
  const build = once(() => {
    const keys = new Map<string, number>();
    const keyOf = new Int32Array(count);
    for (let row = 0; row < count; row += 1) {
      const v = value(row);
      let key = keys.get(v);
      if (key === undefined) keys.set(v, (key = keys.size));
      keyOf[row] = key;
    }
    return { keys, groups: groupRows(keyOf, keys.size, order()) };
  });
  return (v) => {
    const { keys, groups } = build();
    const key = keys.get(v);
    return key === undefined ? EMPTY : groups.rows(key);
  };
}

/** The row a `urn:veeam:<Type>:<id>` UID names, checked against the row's own UID. */
export function rowOfUid(
  table: EmTable<{ uid: string }>,
  uid: string,
  uidOf: (row: number) => string,
): number | undefined {
  const row = table.rowOf(uid.slice(uid.lastIndexOf(':') + 1));
  return row !== undefined && uidOf(row) === uid ? row : undefined;
}

/** By a parent's UID: the parent's row from its id, then the rows grouped under it. */
export function parentIndex(
  parents: EmTable<{ uid: string }>,
  parentUid: (row: number) => string,
  parentOf: () => ArrayLike<number>,
  order: () => ArrayLike<number> | undefined,
): EqualIndex {
  const groups = once(() => groupRows(parentOf(), parents.count, order()));
  return (uid) => {
    const parent = rowOfUid(parents, uid, parentUid);
    return parent === undefined ? EMPTY : groups().rows(parent);
  };
}

/** By the row's own UID. */
export function selfIndex(
  table: EmTable<{ uid: string }>,
  uidOf: (row: number) => string,
): EqualIndex {
  return (uid) => {
    const row = rowOfUid(table, uid, uidOf);
    return row === undefined ? EMPTY : Int32Array.of(row);
  };
}

/** Per-row values computed on first read and kept (UIDs and names of parents). */
export function memo<T>(count: number, compute: (row: number) => T): (row: number) => T {
  const cache = new Array<T | undefined>(count);
  return (row) => (cache[row] ??= compute(row));
}
