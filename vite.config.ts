/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type ProxyOptions } from 'vite';

/**
 * Dev proxy targets. These variable names are a public contract (README):
 * VEEAM_EM_URL / VEEAM_EM_INSECURE_TLS and VEEAM_M365_URL / VEEAM_M365_INSECURE_TLS.
 * Self-signed certificates are accepted only when the *_INSECURE_TLS flag is 1.
 */
function proxyTo(target: string | undefined, insecure: string | undefined): ProxyOptions | undefined {
  if (!target) return undefined;
  return {
    target,
    changeOrigin: true,
    secure: insecure !== '1',
    // EM also sets the session as a cookie, and the cookie wins over the header:
    // never let the browser keep one, so a stale cookie cannot shadow a fresh session.
    configure: (proxy) => {
      proxy.on('proxyRes', (res) => {
        delete res.headers['set-cookie'];
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const em = proxyTo(env.VEEAM_EM_URL, env.VEEAM_EM_INSECURE_TLS);
  const m365 = proxyTo(env.VEEAM_M365_URL, env.VEEAM_M365_INSECURE_TLS);
  const proxy: Record<string, ProxyOptions> = {};
  if (em) proxy['/api'] = em;
  if (m365) for (const prefix of ['/v6', '/v7', '/v8']) proxy[`^${prefix}/`] = m365;

  return {
    plugins: [react()],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    server: { proxy, strictPort: true },
    preview: { proxy, strictPort: true },
    build: { sourcemap: true, chunkSizeWarningLimit: 700 },
    test: {
      environment: 'happy-dom',
      environmentOptions: { happyDOM: { url: 'http://localhost:5173/' } },
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      restoreMocks: true,
    },
  };
});
