/**
 * The dev/preview proxy to real servers. The variable names are a public
 * contract (README): VEEAM_EM_URL / VEEAM_EM_INSECURE_TLS forward /api/ to
 * Enterprise Manager; VEEAM_M365_URL / VEEAM_M365_INSECURE_TLS forward /v6/, /v7/
 * and /v8/ to Veeam Backup for Microsoft 365. TLS is verified unless the
 * matching *_INSECURE_TLS is exactly "1".
 *
 * It forwards only those prefixes (not /apix), never the browser's cookies,
 * drops the servers' Set-Cookie, and gives up on a server that does not answer.
 */
import type { ProxyOptions } from 'vite';

export type ProxyEnv = Partial<
  Record<
    'VEEAM_EM_URL' | 'VEEAM_EM_INSECURE_TLS' | 'VEEAM_M365_URL' | 'VEEAM_M365_INSECURE_TLS',
    string
  >
>;

/** Longer than the app's own request timeout (30 s), so the app's clearer message comes first. */
export const PROXY_TIMEOUT_MS = 60_000;

function proxyTo(
  target: string | undefined,
  insecure: string | undefined,
): ProxyOptions | undefined {
  if (!target) return undefined;
  return {
    target,
    changeOrigin: true,
    secure: insecure !== '1',
    proxyTimeout: PROXY_TIMEOUT_MS,
    timeout: PROXY_TIMEOUT_MS,
    configure: (proxy) => {
      // EM also accepts its session as a cookie, and the cookie wins over the header: never
      // forward one the browser holds for this origin, and never let the browser keep one.
      proxy.on('proxyReq', (request) => {
        request.removeHeader('cookie');
      });
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
  if (em) proxy['^/api/'] = em;
  if (m365) for (const prefix of ['/v6', '/v7', '/v8']) proxy[`^${prefix}/`] = m365;
  return proxy;
}

/** What to tell whoever starts the server: a plain-http target sends passwords and sessions in clear. */
export function proxyWarnings(env: ProxyEnv): string[] {
  return (['VEEAM_EM_URL', 'VEEAM_M365_URL'] as const).flatMap((name) =>
    /^http:/i.test(env[name]?.trim() ?? '')
      ? [
          `${name} is plain http: passwords, session ids and tokens cross the network unencrypted. Use https unless the server is on this machine.`,
        ]
      : [],
  );
}
