import type { ReactNode } from 'react';
import type { CsvCell } from '@/lib/csv';

export interface Column<T> {
  key: string;
  header: string;
  /** The plain value used to sort, filter and export. */
  value: (row: T) => CsvCell;
  /** How the cell looks; defaults to the value as text. */
  render?: (row: T) => ReactNode;
  /** Sortable by default; on a server-paged table only where the server can sort by it. */
  sortable?: boolean;
  /** Leave out of the text filter (e.g. numbers). */
  filterable?: boolean;
  /** Only in the CSV export (ids next to the names shown). */
  exportOnly?: boolean;
}

export function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  return value instanceof Date ? value.toISOString() : String(value);
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const isEmpty = (value: CsvCell) => value === null || value === undefined || value === '';

/** Ascending order of two cell values: dates and numbers by value, text naturally; empty last. */
export function compareCells(a: CsvCell, b: CsvCell): number {
  const empty = Number(isEmpty(a)) - Number(isEmpty(b));
  if (empty) return empty;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(cellText(a), cellText(b));
}
