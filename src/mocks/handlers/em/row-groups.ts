/**
 * Rows grouped by a key column in one flat array (compressed sparse rows): a group's rows are a
 * slice, kept in the order `order` visits them (row order by default). Two typed arrays, however
 * many groups, so grouping 300,000 rows costs a few milliseconds and a few megabytes.
 */
export interface RowGroups {
  /** The rows of one group; empty for a group no row has. */
  rows(group: number): Int32Array;
}

const EMPTY = new Int32Array(0);

export function groupRows(
  keyOf: ArrayLike<number>,
  groupCount: number,
  order?: ArrayLike<number>,
): RowGroups {
  const start = new Int32Array(groupCount + 1);
  const valid = (key: number | undefined): key is number =>
    key !== undefined && key >= 0 && key < groupCount;
  for (let row = 0; row < keyOf.length; row += 1) {
    const key = keyOf[row];
    if (valid(key)) start[key + 1] = (start[key + 1] ?? 0) + 1;
  }
  for (let g = 0; g < groupCount; g += 1) start[g + 1] = (start[g + 1] ?? 0) + (start[g] ?? 0);
  const rows = new Int32Array(start[groupCount] ?? 0);
  const next = start.slice(0, groupCount);
  const place = (row: number) => {
    const key = keyOf[row];
    if (!valid(key)) return;
    rows[next[key] ?? 0] = row;
    next[key] = (next[key] ?? 0) + 1;
  };
  if (order) for (let i = 0; i < order.length; i += 1) place(order[i] ?? -1);
  else for (let row = 0; row < keyOf.length; row += 1) place(row);
  return {
    rows: (group) =>
      group >= 0 && group < groupCount
        ? rows.subarray(start[group] ?? 0, start[group + 1] ?? 0)
        : EMPTY,
  };
}
