import { EventEmitter } from 'node:events';
import type { ProxyOptions } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { PROXY_TIMEOUT_MS, createDevProxy, proxyWarnings } from './dev-proxy';

/** Whether a path goes to the proxy entry `key`, as Vite matches it (`^` = regular expression). */
const forwards = (key: string, path: string) =>
  key.startsWith('^') ? new RegExp(key).test(path) : path.startsWith(key);

describe('dev proxy', () => {
  it('forwards nothing without targets', () => {
    expect(createDevProxy({})).toEqual({});
  });

  it('forwards /api/ to Enterprise Manager and verifies TLS by default', () => {
    const proxy = createDevProxy({ VEEAM_EM_URL: 'https://em.example.local:9398' });
    expect(Object.keys(proxy)).toEqual(['^/api/']);
    expect(proxy['^/api/']).toMatchObject({
      target: 'https://em.example.local:9398',
      secure: true,
      changeOrigin: true,
    });
  });

  it('forwards only the API prefixes, not look-alikes', () => {
    const keys = Object.keys(
      createDevProxy({ VEEAM_EM_URL: 'https://em:9398', VEEAM_M365_URL: 'https://vb365:4443' }),
    );
    const forwarded = (path: string) => keys.some((key) => forwards(key, path));
    expect(forwarded('/api/query?type=Backup')).toBe(true);
    expect(forwarded('/v8/RestorePoints')).toBe(true);
    for (const path of ['/apix', '/apix/secrets', '/api', '/v80/x', '/v8x', '/login', '/x/api/']) {
      expect(forwarded(path), path).toBe(false);
    }
  });

  it('accepts a self-signed certificate only with *_INSECURE_TLS=1', () => {
    expect(
      createDevProxy({ VEEAM_EM_URL: 'https://em:9398', VEEAM_EM_INSECURE_TLS: '1' })['^/api/']
        ?.secure,
    ).toBe(false);
    expect(
      createDevProxy({ VEEAM_EM_URL: 'https://em:9398', VEEAM_EM_INSECURE_TLS: 'true' })['^/api/']
        ?.secure,
    ).toBe(true);
    const m365 = createDevProxy({
      VEEAM_M365_URL: 'https://vb365:4443',
      VEEAM_M365_INSECURE_TLS: '1',
    });
    expect(Object.keys(m365)).toEqual(['^/v6/', '^/v7/', '^/v8/']);
    expect(m365['^/v8/']).toMatchObject({ target: 'https://vb365:4443', secure: false });
  });

  it("strips the browser's Cookie header and the server's Set-Cookie, and gives up after a minute", () => {
    const options = createDevProxy({ VEEAM_EM_URL: 'https://em:9398' })['^/api/'];
    expect(options).toMatchObject({ proxyTimeout: PROXY_TIMEOUT_MS, timeout: PROXY_TIMEOUT_MS });
    const proxy = new EventEmitter();
    options?.configure?.(
      proxy as unknown as Parameters<NonNullable<ProxyOptions['configure']>>[0],
      options,
    );
    const outgoing = { removeHeader: vi.fn() };
    proxy.emit('proxyReq', outgoing);
    expect(outgoing.removeHeader).toHaveBeenCalledWith('cookie');
    const answer = { headers: { 'set-cookie': ['X-RestSvcSessionId=abc'], 'content-type': 'x' } };
    proxy.emit('proxyRes', answer);
    expect(answer.headers).toEqual({ 'content-type': 'x' });
  });

  it('warns when a target is plain http', () => {
    expect(proxyWarnings({ VEEAM_EM_URL: 'https://em:9398' })).toEqual([]);
    const warnings = proxyWarnings({
      VEEAM_EM_URL: 'http://em:9399',
      VEEAM_M365_URL: ' HTTP://vb365:4443',
    });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('VEEAM_EM_URL is plain http');
  });
});
