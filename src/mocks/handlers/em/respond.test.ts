import { describe, expect, it } from 'vitest';
import { EM_DEMO_FACTS } from '@/mocks/fixtures/em-types';
import { createMock, readBody } from './test-harness';

const ERROR_KEYS = ['FirstChanceExceptionMessage', 'Message', 'StackTrace', 'Status', 'StatusCode'];

describe('EM response encoding', () => {
  it('prefixes JSON with a BOM by default and parses after stripping it', async () => {
    const { send, login } = createMock();
    const token = await login();
    const response = await send('/api/backupServers', { headers: { 'X-RestSvcSessionId': token } });
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { bom, body } = await readBody(response);
    expect(bom).toBe(true);
    expect(Array.isArray(body.Refs)).toBe(true);
  });

  it('omits the BOM with bom: false, also on errors', async () => {
    const { send } = createMock({ bom: false });
    const response = await send('/api/backups');
    expect(response.status).toBe(401);
    const text = new TextDecoder().decode(await response.arrayBuffer());
    expect(text.startsWith('{"FirstChanceExceptionMessage":null,"Message":')).toBe(true);
  });

  it('answers unknown and malformed ids with 404 and the exact error body', async () => {
    const { get, login } = createMock();
    const token = await login();
    for (const path of [
      '/api/backups/00000000-0000-4000-8000-000000000000',
      '/api/restorePoints/not-a-guid',
      '/api/vmRestorePoints/123?format=Entity',
      '/api/backupFiles/%22x%22',
      '/api/backupServers/x',
      '/api/repositories/x',
      '/api/backups/x/restorePoints',
      '/api/restorePoints/x/vmRestorePoints',
    ]) {
      const { status, body } = await get(path, token);
      expect(status, path).toBe(404);
      expect(Object.keys(body)).toEqual(ERROR_KEYS);
      expect(body).toMatchObject({
        FirstChanceExceptionMessage: null,
        StackTrace: null,
        Status: null,
        StatusCode: 404,
      });
      expect(typeof body.Message).toBe('string');
    }
  });

  it('answers an unknown /api path with 404 once signed in', async () => {
    const { get, login } = createMock();
    expect((await get('/api/jobs', 'x')).status).toBe(401);
    expect((await get('/api/jobs', await login())).status).toBe(404);
  });

  it.each([
    ['null', { Refs: null }],
    ['empty', { Refs: [] }],
    ['missing', {}],
  ] as const)('writes an empty reference list with emptyRefs: %s', async (emptyRefs, expected) => {
    const { data, get, login } = createMock({ emptyRefs });
    const token = await login();
    const empty = data.backups.find((b) => b.name === EM_DEMO_FACTS.emptyBackup)?.id ?? '';
    expect((await get(`/api/backups/${empty}/restorePoints`, token)).body).toEqual(expected);
    expect((await get(`/api/backups/${empty}/restorePoints?format=Entity`, token)).body).toEqual({
      RestorePoints: [],
    });
    const query = await get(`/api/query?type=Backup&filter=Name==nothing`, token);
    expect(query.body.Refs).toEqual(expected);
  });

  it('writes Hrefs on options.host', async () => {
    const { get, login } = createMock({ host: 'https://vbr-em.example.com:9398/' });
    const { body } = await get<{ Refs: { Href: string }[] }>('/api/backups', await login());
    expect(body.Refs[0]?.Href).toMatch(
      /^https:\/\/vbr-em\.example\.com:9398\/api\/backups\/[0-9a-f-]{36}$/,
    );
  });
});
