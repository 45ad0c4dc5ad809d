import { parseM365Time } from './time';

/** A query value the server cannot bind; the route turns it into the version's 400 body. */
export class ParamError extends Error {
  override name = 'ParamError';
}

/** Query names bind case-insensitively (the v6 help page writes organizationID); empty = absent. */
export interface Query {
  get(name: string): string | undefined;
}

export function readQuery(url: URL): Query {
  const values = new Map<string, string>();
  for (const [key, value] of url.searchParams) {
    const name = key.toLowerCase();
    if (!values.has(name)) values.set(name, value);
  }
  return { get: (name) => values.get(name.toLowerCase()) || undefined };
}

const GUID =
  /^[{(]?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})[})]?$/i;

/** .NET Guid.Parse accepts D, N, B and P forms; ids compare lower-case in the D form. */
export function parseGuid(text: string): string | null {
  const match = GUID.exec(text.trim());
  return match ? match.slice(1).join('-').toLowerCase() : null;
}

const invalid = (name: string, value: string, expected: string): ParamError =>
  new ParamError(
    `The value '${value}' is not valid for parameter '${name}': ${expected} expected.`,
  );

export function guidParam(query: Query, name: string): string | undefined {
  const value = query.get(name);
  if (value === undefined) return undefined;
  const guid = parseGuid(value);
  if (guid === null) throw invalid(name, value, 'a GUID is');
  return guid;
}

export function boolParam(query: Query, name: string): boolean | undefined {
  const value = query.get(name);
  if (value === undefined) return undefined;
  const normalized = value.trim().toLowerCase();
  if (normalized !== 'true' && normalized !== 'false')
    throw invalid(name, value, 'true or false is');
  return normalized === 'true';
}

/** The 7-digit UTC form of a date parameter, comparable with fixture times as strings. */
export function dateParam(query: Query, name: string): string | undefined {
  const value = query.get(name);
  if (value === undefined) return undefined;
  const time = parseM365Time(value);
  if (time === null) throw invalid(name, value, 'a date and time is');
  return time;
}

function intParam(query: Query, name: string, min: number, max: number): number | undefined {
  const value = query.get(name);
  if (value === undefined) return undefined;
  const number = /^\s*[+-]?\d{1,10}\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw invalid(name, value, `an integer from ${min} to ${max} is`);
  }
  return number;
}

export interface PageParams {
  offset: number;
  limit: number;
}

export const DEFAULT_LIMIT = 30;
export const MAX_LIMIT = 10_000;

export function pageParams(query: Query): PageParams {
  return {
    offset: intParam(query, 'offset', 0, 2_147_483_647) ?? 0,
    limit: intParam(query, 'limit', 1, MAX_LIMIT) ?? DEFAULT_LIMIT,
  };
}
