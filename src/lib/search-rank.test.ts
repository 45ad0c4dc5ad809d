import { describe, expect, it } from 'vitest';
import { createSearcher, normalizeForSearch } from './search-rank';

const rankMatches = <T>(
  items: readonly T[],
  query: string,
  getName: (item: T) => string,
  limit?: number,
) => createSearcher(items, getName)(query, limit);

const names = [
  'web01',
  'sql02',
  'mssql01',
  'sql01',
  'alpha-db01',
  'SQL01-old',
  'file server "old"',
  'büro-dc01',
  'dc01',
  'legacy-app01',
];
const rank = (query: string, limit?: number) =>
  rankMatches(names, query, (name) => name, limit).map((match) => match.name);

describe('VM name search ranking', () => {
  it('matches case-insensitive substrings, exact and prefix first, then word start, then others', () => {
    expect(rank('sql')).toEqual(['sql01', 'SQL01-old', 'sql02', 'mssql01']);
    expect(rank('SQL01')).toEqual(['sql01', 'SQL01-old', 'mssql01']);
    expect(rank('db')).toEqual(['alpha-db01']);
  });

  it('ranks word starts (after separators or where letters turn into digits) above other matches', () => {
    expect(rankMatches(['bold', 'my-old', 'old-box'], 'old', (n) => n).map((m) => m.name)).toEqual([
      'old-box',
      'my-old',
      'bold',
    ]);
    expect(rankMatches(['x01a', 'web01'], '01', (n) => n).map((m) => m.kind)).toEqual([
      'word',
      'word',
    ]);
    expect(rankMatches(['a1b2'], '1b', (n) => n).map((m) => m.kind)).toEqual(['word']);
    expect(rankMatches(['abc1'], 'bc', (n) => n).map((m) => m.kind)).toEqual(['substring']);
    expect(rank('dc')).toEqual(['dc01', 'büro-dc01']);
    expect(rank('app')).toEqual(['legacy-app01']);
  });

  it('breaks ties by name, numbers in natural order', () => {
    expect(
      rankMatches(['web10', 'web2', 'web1'], 'web', (name) => name).map((m) => m.name),
    ).toEqual(['web1', 'web2', 'web10']);
  });

  it('ignores diacritics and keeps match positions on the original name', () => {
    expect(normalizeForSearch('Büro-DC01')).toBe('buro-dc01');
    const [match] = rankMatches(names, 'buro', (name) => name);
    expect(match?.name).toBe('büro-dc01');
    expect(match?.name.slice(match.start, match.end)).toBe('büro');
    const decomposed = 'bu\u0308ro-dc02'; // "ü" written as u + combining diaeresis
    const [other] = rankMatches([decomposed], 'ro-dc', (name) => name);
    expect(other?.name.slice(other.start, other.end)).toBe('ro-dc');
    const [umlaut] = rankMatches([decomposed], 'bü', (name) => name);
    expect(umlaut?.name.slice(umlaut.start, umlaut.end)).toBe('bu\u0308');
  });

  it('finds names with spaces and quotes', () => {
    const [match] = rankMatches(names, 'server "o', (name) => name);
    expect(match).toMatchObject({ name: 'file server "old"', kind: 'word', start: 5, end: 14 });
  });

  it('labels the kind of match and respects the limit', () => {
    const search = createSearcher(names, (name) => name);
    expect(search('sql01').map((m) => m.kind)).toEqual(['exact', 'prefix', 'substring']);
    expect(search('s', 2)).toHaveLength(2);
  });

  it('matches nothing for an empty or blank query', () => {
    expect(rank('')).toEqual([]);
    expect(rank('   ')).toEqual([]);
  });
});
