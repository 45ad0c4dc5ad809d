/**
 * Local name search: case- and diacritics-insensitive substring matching,
 * ranked exact match first, then prefix, then word start, then anywhere;
 * ties by name. Match positions point into the original name, for highlighting.
 */

export type MatchKind = 'exact' | 'prefix' | 'word' | 'substring';

export interface RankedMatch<T> {
  item: T;
  name: string;
  kind: MatchKind;
  /** Where the match is in `name` (original characters, end exclusive). */
  start: number;
  end: number;
}

const tierOf: Record<MatchKind, number> = { exact: 0, prefix: 1, word: 2, substring: 3 };
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const combiningMarks = /\p{M}/gu;
const wordChar = /[\p{L}\p{N}]/u;

/** Lower case without diacritics: `Büro-DC01` → `buro-dc01`. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(combiningMarks, '').toLowerCase();
}

interface Prepared {
  /** Normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`, the index of the original character it came from. */
  origin: number[];
}

/** Normalises character by character, remembering where each normalised unit came from. */
function prepare(name: string): Prepared {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of name) {
    const normalised = normalizeForSearch(char);
    text += normalised;
    for (let i = 0; i < normalised.length; i += 1) origin.push(index);
    index += char.length;
  }
  return { text, origin };
}

function isWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charAt(at - 1);
  const here = text.charAt(at);
  // A new word starts after a separator, or where letters turn into digits or back (web01 → "01").
  return !wordChar.test(before) || /\d/.test(before) !== /\d/.test(here);
}

function matchIn(prepared: Prepared, needle: string): { kind: MatchKind; at: number } | null {
  const { text } = prepared;
  const first = text.indexOf(needle);
  if (first < 0) return null;
  if (first === 0) return { kind: text.length === needle.length ? 'exact' : 'prefix', at: 0 };
  for (let at = first; at >= 0; at = text.indexOf(needle, at + 1)) {
    if (isWordStart(text, at)) return { kind: 'word', at };
  }
  return { kind: 'substring', at: first };
}

/**
 * A searcher over `items`: names are normalised once, each query is one pass.
 * An empty query matches nothing.
 */
export function createSearcher<T>(items: readonly T[], getName: (item: T) => string) {
  const prepared = items.map((item) => {
    const name = getName(item);
    return { item, name, prepared: prepare(name) };
  });
  return function search(query: string, limit = Infinity): RankedMatch<T>[] {
    const needle = normalizeForSearch(query.trim());
    if (!needle) return [];
    const matches: (RankedMatch<T> & { tier: number })[] = [];
    for (const entry of prepared) {
      const found = matchIn(entry.prepared, needle);
      if (!found) continue;
      const { origin } = entry.prepared;
      const start = origin[found.at] ?? 0;
      // Up to the next character that has its own normalised unit, so trailing
      // combining marks (u + ̈) stay inside the highlight.
      const last = origin[found.at + needle.length - 1] ?? start;
      const next = origin[found.at + needle.length] ?? entry.name.length;
      const lastLength = (entry.name.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
      matches.push({
        item: entry.item,
        name: entry.name,
        kind: found.kind,
        tier: tierOf[found.kind],
        start,
        end: Math.max(next, last + lastLength),
      });
    }
    matches.sort((a, b) => a.tier - b.tier || collator.compare(a.name, b.name));
    return matches.slice(0, limit).map(({ tier: _tier, ...match }) => match);
  };
}
