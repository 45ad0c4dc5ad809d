import { describe, expect, it } from 'vitest';
import { createDevProxy } from './dev-proxy';

describe('dev proxy', () => {
  it('forwards nothing without targets', () => {
    expect(createDevProxy({})).toEqual({});
  });

  it('forwards /api to Enterprise Manager and verifies TLS by default', () => {
    const proxy = createDevProxy({ VEEAM_EM_URL: 'https://em.example.local:9398' });
    expect(Object.keys(proxy)).toEqual(['/api']);
    expect(proxy['/api']).toMatchObject({
      target: 'https://em.example.local:9398',
      secure: true,
      changeOrigin: true,
    });
  });

  it('accepts a self-signed certificate only with *_INSECURE_TLS=1', () => {
    expect(
      createDevProxy({ VEEAM_EM_URL: 'https://em:9398', VEEAM_EM_INSECURE_TLS: '1' })['/api']
        ?.secure,
    ).toBe(false);
    expect(
      createDevProxy({ VEEAM_EM_URL: 'https://em:9398', VEEAM_EM_INSECURE_TLS: 'true' })['/api']
        ?.secure,
    ).toBe(true);
    const m365 = createDevProxy({
      VEEAM_M365_URL: 'https://vb365:4443',
      VEEAM_M365_INSECURE_TLS: '1',
    });
    expect(Object.keys(m365)).toEqual(['^/v6/', '^/v7/', '^/v8/']);
    expect(m365['^/v8/']).toMatchObject({ target: 'https://vb365:4443', secure: false });
  });
});
