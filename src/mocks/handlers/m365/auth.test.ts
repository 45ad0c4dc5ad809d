import { describe, expect, it } from 'vitest';
import { ANY_STRING, createHarness, matching, NOW } from './test-harness';

const PASSWORD = { grant_type: 'password', username: 'operator@contoso.com', password: 'demo' };

describe('POST /vN/token', () => {
  it('grants a bearer pair to the demo account (any user name case), form or JSON', async () => {
    const harness = createHarness();
    const form = await harness.token('/v7/Token', {
      ...PASSWORD,
      username: 'Operator@Contoso.COM',
    });
    expect(form.status).toBe(200);
    expect(await form.json()).toEqual({
      access_token: matching(/^eyJ[\w-]+\.[\w-]+\.[0-9a-f]{64}$/),
      token_type: 'bearer',
      expires_in: 3600,
      refresh_token: matching(/^[0-9a-f]{64}$/),
      userName: 'operator@contoso.com',
      '.issued': '2025-06-16T12:00:00.0000000Z',
      '.expires': '2025-06-16T13:00:00.0000000Z',
    });
    const asJson = await harness.send('/v8/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(PASSWORD),
    });
    expect(asJson.status).toBe(200);
  });

  it('rejects bad credentials with the version RESTExceptionInfo and status 400', async () => {
    const harness = createHarness();
    const v6 = await harness.token('/v6/token', { ...PASSWORD, password: 'DEMO' });
    expect(v6.status).toBe(400);
    expect(await v6.json()).toEqual({ message: ANY_STRING });
    const v7 = await harness.token('/v7/token', { ...PASSWORD, username: 'someone@contoso.com' });
    expect(await v7.json()).toEqual({ message: ANY_STRING, errorCode: null });
    const v8 = await harness.token('/v8/token', { grant_type: 'integration' });
    expect(v8.status).toBe(400);
    expect(await v8.json()).toEqual({
      message: ANY_STRING,
      errorCode: 'ParameterValidationFailure',
      stackTrace: null,
    });
  });

  it('refreshes once: a new pair, and the old refresh token is spent', async () => {
    const harness = createHarness();
    const first = (await (await harness.token('/v6/token', PASSWORD)).json()) as {
      access_token: string;
      refresh_token: string;
    };
    const refresh = { grant_type: 'refresh_token', refresh_token: first.refresh_token };
    const second = await harness.token('/v6/token', refresh);
    expect(second.status).toBe(200);
    const pair = (await second.json()) as { access_token: string; refresh_token: string };
    expect(pair.access_token).not.toBe(first.access_token);
    expect(pair.refresh_token).not.toBe(first.refresh_token);
    expect((await harness.get('/v6/Organizations', pair.access_token)).status).toBe(200);

    const again = await harness.token('/v6/token', refresh);
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ message: ANY_STRING });
    expect((await harness.token('/v6/token', { grant_type: 'refresh_token' })).status).toBe(400);
  });

  it('answers 429 Quota Exceeded past the burst, and recovers after the window', async () => {
    const harness = createHarness({ tokenBurst: { max: 2, windowMs: 1000 } });
    expect((await harness.token('/v6/token', PASSWORD)).status).toBe(200);
    expect((await harness.token('/v6/token', PASSWORD)).status).toBe(200);
    const throttled = await harness.token('/v6/token', PASSWORD);
    expect(throttled.status).toBe(429);
    expect(await throttled.json()).toEqual({ message: 'Quota Exceeded' });
    harness.advance(1000);
    expect((await harness.token('/v6/token', PASSWORD)).status).toBe(200);
  });

  it('defaults to 5 token requests per second', async () => {
    const harness = createHarness({ tokenBurst: undefined });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await harness.token('/v6/token', PASSWORD)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('bearer authorization', () => {
  it('answers 401 {message} without, with a malformed or with a forged bearer', async () => {
    const harness = createHarness();
    const token = await harness.login();
    const forged = `${token.slice(0, -4)}0000`;
    const variants: Record<string, string>[] = [
      {},
      { Authorization: token },
      { Authorization: `Bearer ${forged}` },
    ];
    for (const headers of variants) {
      const response = await harness.send('/v6/RestorePoints', { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ message: ANY_STRING });
    }
  });

  it('expires access tokens after expires_in seconds of the injected clock', async () => {
    const harness = createHarness({ accessTokenLifetimeSec: 60 });
    const token = await harness.login();
    harness.advance(59_999);
    expect((await harness.get('/v8/RestorePoints', token)).status).toBe(200);
    harness.advance(1);
    expect((await harness.get('/v8/RestorePoints', token)).status).toBe(401);
  });

  it('issues tokens on `now` from the clock', async () => {
    const harness = createHarness({ clock: () => NOW.getTime() + 1234 });
    const body = (await (await harness.token('/v6/token', PASSWORD)).json()) as Record<
      string,
      string
    >;
    expect(body['.issued']).toBe('2025-06-16T12:00:01.0000000Z');
  });
});
