/**
 * The dev/preview proxy to real servers. The variable names are a public
 * contract (README): VEEAM_EM_URL / VEEAM_EM_INSECURE_TLS forward /api to
 * Enterprise Manager; VEEAM_M365_URL / VEEAM_M365_INSECURE_TLS forward /v6, /v7
 * and /v8 to Veeam Backup for Microsoft 365. TLS is verified unless the
 * matching *_INSECURE_TLS is exactly "1".
 */
import type { ProxyOptions } from 'vite';

export type ProxyEnv = Partial<
  Record<
    'VEEAM_EM_URL' | 'VEEAM_EM_INSECURE_TLS' | 'VEEAM_M365_URL' | 'VEEAM_M365_INSECURE_TLS',
    string
  >
>;

function proxyTo(
  target: string | undefined,
  insecure: string | undefined,
): ProxyOptions | undefined {
  if (!target) return undefined;
  return {
    target,
    changeOrigin: true,
    secure: insecure !== '1',
    // EM also sets the session as a cookie, and the cookie wins over the header:
    // never let the browser keep one, so a stale cookie cannot shadow a fresh session.
    configure: (proxy) => {
      proxy.on('proxyRes', (response) => {
        delete response.headers['set-cookie'];
      });
    },
  };
}

export function createDevProxy(env: ProxyEnv): Record<string, ProxyOptions> {
  const proxy: Record<string, ProxyOptions> = {};
  const em = proxyTo(env.VEEAM_EM_URL, env.VEEAM_EM_INSECURE_TLS);
  const m365 = proxyTo(env.VEEAM_M365_URL, env.VEEAM_M365_INSECURE_TLS);
  if (em) proxy['/api'] = em;
  if (m365) for (const prefix of ['/v6', '/v7', '/v8']) proxy[`^${prefix}/`] = m365;
  return proxy;
}
