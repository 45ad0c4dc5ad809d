/**
 * CSV for spreadsheets (RFC 4180): every cell quoted when it needs it, CRLF
 * rows, dates as ISO 8601 UTC. A text cell a spreadsheet could run as a
 * formula gets a leading apostrophe: one that starts with = + - @ (also their
 * full-width forms ＝＋－＠, which some spreadsheets read the same) after any
 * leading spaces or line breaks, or with a tab, CR or LF.
 */
export type CsvCell = string | number | boolean | Date | null | undefined;

const formulaStart = /^(?:[\t\r\n]|[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text: string;
  // An invalid date or a non-finite number is an empty cell, never a failed export.
  if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString();
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(headers: string[], rows: CsvCell[][]): string {
  return [headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Starts a download of `content` in the browser. */
export function downloadText(
  filename: string,
  content: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', content], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** `backups-2025-06-16.csv` */
export function csvFilename(base: string, now: Date = new Date()): string {
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'export'}-${now.toISOString().slice(0, 10)}.csv`;
}
