import type { CsvCell } from '@/lib/csv';

export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Stable sort by a cell value; empty values always last. */
export function sortRows<T>(rows: T[], value: (row: T) => CsvCell, direction: SortDirection): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      const empty = Number(isEmpty(a.key)) - Number(isEmpty(b.key));
      if (empty) return empty;
      return sign * compare(a.key, b.key) || a.index - b.index;
    })
    .map((entry) => entry.row);
}

function isEmpty(value: CsvCell): boolean {
  return value === null || value === undefined || value === '';
}

function compare(a: CsvCell, b: CsvCell): number {
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}
