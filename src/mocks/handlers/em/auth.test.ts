import { describe, expect, it } from 'vitest';
import { BASIC, createMock, readBody, type Body } from './test-harness';

const UNAUTHORIZED = {
  FirstChanceExceptionMessage: null,
  Message: 'The authorization header has been expected but not found (or found but is expired).',
  StackTrace: null,
  Status: null,
  StatusCode: 401,
};
const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;

describe('EM auth', () => {
  it('serves the entry point without a session', async () => {
    const { send } = createMock();
    const response = await send('/api/');
    const { body } = await readBody<{ Links: { Href: string }[]; Type: string }>(response);
    expect(response.status).toBe(200);
    expect(body.Type).toBe('EnterpriseManager');
    expect(body.Links.map((l) => l.Href)).toContain(
      'https://em.demo.local:9398/api/sessionMngr/?v=latest',
    );
  });

  it('logs on with Basic auth: 201, token = base64(SessionId), LogonSession body', async () => {
    const { send } = createMock();
    for (const [path, auth] of [
      ['/api/sessionMngr/?v=latest', BASIC],
      ['/api/sessionMngr/?v=v1_7', basic('demo\\OPERATOR', 'demo')],
    ] as const) {
      const response = await send(path, { method: 'POST', headers: { Authorization: auth } });
      expect(response.status).toBe(201);
      expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
      const { body } = await readBody<Body & { SessionId: string; Links: Body[] }>(response);
      expect(response.headers.get('X-RestSvcSessionId')).toBe(btoa(body.SessionId));
      expect(body).toMatchObject({ UserName: 'DEMO\\operator', Type: 'LogonSession' });
      expect(body.Href).toBe(`https://em.demo.local:9398/api/logonSessions/${body.SessionId}`);
      expect(body.Links).toContainEqual({ Rel: 'Delete', Href: body.Href });
    }
  });

  it('rejects bad credentials with 401, WWW-Authenticate and the error body', async () => {
    const { send } = createMock();
    const attempts: Record<string, string>[] = [
      { Authorization: basic('DEMO\\operator', 'nope') },
      {},
    ];
    for (const headers of attempts) {
      const response = await send('/api/sessionMngr/?v=latest', { method: 'POST', headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('WWW-Authenticate')).toBe('Basic Realm=RestSvc');
      expect(response.headers.get('X-RestSvcSessionId')).toBeNull();
      const { body } = await readBody(response);
      expect(Object.keys(body)).toEqual([
        'FirstChanceExceptionMessage',
        'Message',
        'StackTrace',
        'Status',
        'StatusCode',
      ]);
      expect(body.StatusCode).toBe(401);
    }
  });

  it('answers 401 for a missing, unknown or cookie-only session', async () => {
    const { send, get, login } = createMock();
    await login();
    expect(await get('/api/backups', btoa('00000000-0000-4000-8000-000000000000'))).toMatchObject({
      status: 401,
      body: UNAUTHORIZED,
    });
    const token = await login();
    for (const init of [{}, { headers: { Cookie: `X-RestSvcSessionId=${token}` } }]) {
      const response = await send('/api/backups', init);
      expect(response.status).toBe(401);
      expect((await readBody(response)).body).toEqual(UNAUTHORIZED);
    }
  });

  it('logs off with DELETE: 204, then the token is dead', async () => {
    const { send, get, login } = createMock();
    const token = await login();
    const { body } = await get<{ SessionId: string }>(`/api/logonSessions/${atob(token)}`, token);
    const headers = { 'X-RestSvcSessionId': token };
    const response = await send(`/api/logonSessions/${body.SessionId}`, {
      method: 'DELETE',
      headers,
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect((await get('/api/backups', token)).status).toBe(401);
  });

  it("answers 404 for someone else's or an unknown session, 401 without one", async () => {
    const { send, login } = createMock();
    const mine = await login();
    const theirs = atob(await login());
    const del = (id: string, headers: Record<string, string>) =>
      send(`/api/logonSessions/${id}`, { method: 'DELETE', headers });
    expect((await del(theirs, { 'X-RestSvcSessionId': mine })).status).toBe(404);
    expect((await del('nope', { 'X-RestSvcSessionId': mine })).status).toBe(404);
    expect((await del(atob(mine), {})).status).toBe(401);
  });

  it('expires a session after the idle timeout; each request resets the timer', async () => {
    let now = 1_000_000;
    const { get, login } = createMock({ clock: () => now, idleTimeoutMs: 15 * 60_000 });
    const token = await login();
    now += 15 * 60_000 - 1;
    expect((await get('/api/backupServers', token)).status).toBe(200);
    now += 15 * 60_000 - 1;
    expect((await get('/api/backupServers', token)).status).toBe(200);
    now += 15 * 60_000;
    expect(await get('/api/backupServers', token)).toMatchObject({
      status: 401,
      body: UNAUTHORIZED,
    });
    now += 1;
    expect((await get('/api/backupServers', token)).status).toBe(401);
  });

  it('rejects an unknown API version', async () => {
    const { send } = createMock();
    const response = await send('/api/sessionMngr/?v=v9_9', {
      method: 'POST',
      headers: { Authorization: BASIC },
    });
    expect(response.status).toBe(400);
  });

  it('keeps sessions in the given storage, so a restarted demo mock still knows them', async () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    };
    const first = createMock({ sessionStorage: storage });
    const token = await first.login();
    const second = createMock({ sessionStorage: storage });
    expect((await second.get('/api/backups', token)).status).toBe(200);
    const other = await second.login();
    expect(other).not.toBe(token);
    await second.send(`/api/logonSessions/${atob(token)}`, {
      method: 'DELETE',
      headers: { 'X-RestSvcSessionId': token },
    });
    expect((await createMock({ sessionStorage: storage }).get('/api/backups', token)).status).toBe(
      401,
    );
  });
});
