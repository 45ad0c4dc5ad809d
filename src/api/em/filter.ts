/**
 * Builds EM query-service filter strings (docs/api-notes.md#query-service).
 * Values are always quoted: unquoted values have their spaces stripped by the
 * server, and a literal quote inside a quoted value is doubled.
 */
export type Comparison = '==' | '!=' | '<' | '>' | '<=' | '>=';

export function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

export function compare(field: string, op: Comparison, value: string | Date | number): string {
  if (typeof value === 'number') return `${field}${op}${String(value)}`;
  const text = value instanceof Date ? value.toISOString() : value;
  return `${field}${op}${quote(text)}`;
}

export const eq = (field: string, value: string | Date | number) => compare(field, '==', value);

/** `;` binds tighter than `,` on the server; parenthesise OR groups inside AND. */
export function and(...parts: string[]): string {
  return parts.filter(Boolean).map(group).join(';');
}

export function or(...parts: string[]): string {
  return parts.filter(Boolean).join(',');
}

function group(part: string): string {
  return hasTopLevelComma(part) ? `(${part})` : part;
}

function hasTopLevelComma(expression: string): boolean {
  let depth = 0;
  let quoted = false;
  for (const char of expression) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '(') depth += 1;
    else if (!quoted && char === ')') depth -= 1;
    else if (!quoted && depth === 0 && char === ',') return true;
  }
  return false;
}
