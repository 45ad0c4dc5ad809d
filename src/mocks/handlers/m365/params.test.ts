import { describe, expect, it } from 'vitest';
import { ParamError, boolParam, guidParam, pageParams, parseGuid, readQuery } from './params';

const query = (search: string) => readQuery(new URL(`http://localhost/v8/x?${search}`));

describe('query binding', () => {
  it('reads names case-insensitively; the first value wins; empty counts as absent', () => {
    const q = query('OrganizationID=a&organizationId=b&isRetrieved=');
    expect(q.get('organizationId')).toBe('a');
    expect(boolParam(q, 'isRetrieved')).toBeUndefined();
  });

  it('accepts the .NET GUID forms and normalises to lower-case D form', () => {
    const d = 'e60dfb9c-ac58-4463-879f-9855ac35576b';
    for (const form of [d.toUpperCase(), `{${d}}`, `(${d})`, d.replace(/-/g, '')]) {
      expect(parseGuid(form)).toBe(d);
    }
    expect(parseGuid(`${d}0`)).toBeNull();
    expect(() => guidParam(query('jobId=nope'), 'jobId')).toThrow(ParamError);
  });

  it('defaults paging to offset 0, limit 30 and bounds limit to 1..10000', () => {
    expect(pageParams(query(''))).toEqual({ offset: 0, limit: 30 });
    expect(pageParams(query('LIMIT=10000&Offset=5'))).toEqual({ offset: 5, limit: 10000 });
    expect(() => pageParams(query('limit=10001'))).toThrow(ParamError);
  });
});
