/**
 * Parser for the query-service filter language (docs/api-notes.md#query-service): `field op value`
 * joined by `;` (AND, binds tighter) and `,` (OR), with parentheses. A quoted value keeps its
 * spaces and doubles a literal quote (`""`); an unquoted value has its spaces stripped.
 */
export type FilterOp = '==' | '!=' | '<=' | '>=' | '<' | '>';

export type FilterNode =
  | { kind: 'and' | 'or'; items: FilterNode[] }
  | { kind: 'compare'; field: string; op: FilterOp; value: string };

export class FilterSyntaxError extends Error {
  override name = 'FilterSyntaxError';
}

// Two-character operators first, so `<=` is not read as `<` followed by `=`.
const OPS: readonly FilterOp[] = ['==', '!=', '<=', '>=', '<', '>'];
const FIELD = /[A-Za-z_][A-Za-z0-9_]*/y;

export function parseFilter(text: string): FilterNode {
  let pos = 0;
  const fail = (what: string): never => {
    throw new FilterSyntaxError(`Invalid filter: ${what} at position ${pos} in '${text}'.`);
  };
  const skipSpaces = () => {
    while (/\s/.test(text.charAt(pos))) pos += 1;
  };
  const take = (char: string): boolean => {
    skipSpaces();
    if (text.charAt(pos) !== char) return false;
    pos += 1;
    return true;
  };

  const quoted = (): string => {
    let value = '';
    pos += 1; // opening quote
    for (;;) {
      const end = text.indexOf('"', pos);
      if (end < 0) return fail('unterminated quoted value');
      value += text.slice(pos, end);
      pos = end + 1;
      if (text.charAt(pos) !== '"') return value;
      value += '"';
      pos += 1;
    }
  };

  const unquoted = (): string => {
    const start = pos;
    while (pos < text.length && !';,)'.includes(text.charAt(pos))) {
      // Quotes, brackets and operator characters need quoting: likely a missing `;` or `,`.
      if ('"(=<>!'.includes(text.charAt(pos))) fail(`unexpected '${text.charAt(pos)}'`);
      pos += 1;
    }
    const value = text.slice(start, pos).replace(/\s+/g, '');
    return value === '' ? fail('value expected') : value;
  };

  const compare = (): FilterNode => {
    skipSpaces();
    FIELD.lastIndex = pos;
    const field = FIELD.exec(text)?.[0] ?? fail('field name expected');
    pos += field.length;
    skipSpaces();
    const op =
      OPS.find((candidate) => text.startsWith(candidate, pos)) ?? fail('operator expected');
    pos += op.length;
    skipSpaces();
    const value = text.charAt(pos) === '"' ? quoted() : unquoted();
    return { kind: 'compare', field, op, value };
  };

  const term = (): FilterNode => {
    if (!take('(')) return compare();
    const inner = or();
    if (!take(')')) fail("')' expected");
    return inner;
  };

  const joined = (kind: 'and' | 'or', separator: string, next: () => FilterNode) => {
    const items = [next()];
    while (take(separator)) items.push(next());
    return items.length === 1 && items[0] ? items[0] : { kind, items };
  };
  const and = (): FilterNode => joined('and', ';', term);
  const or = (): FilterNode => joined('or', ',', and);

  const tree = or();
  skipSpaces();
  if (pos < text.length) fail(`unexpected '${text.charAt(pos)}'`);
  return tree;
}
