/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { createDevProxy, proxyWarnings } from './scripts/dev-proxy';

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const proxy = createDevProxy(env);
  // Said when a dev server starts (not when tools merely load this config).
  const warnWithoutServers: Plugin = {
    name: 'warn-without-servers',
    configureServer() {
      if (process.env.VITEST) return;
      for (const warning of proxyWarnings(env)) console.warn(`\n  ${warning}\n`);
      if (mode !== 'demo' && !Object.keys(proxy).length) {
        console.warn(
          '\n  No VEEAM_EM_URL or VEEAM_M365_URL set: API calls have nowhere to go.\n' +
            '  Point them at your servers (see README), or run `npm run demo` for the built-in mock.\n',
        );
      }
    },
  };

  return {
    plugins: [react(), warnWithoutServers],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    server: {
      proxy,
      strictPort: true,
      // Transform the pages up front so the first visit of each is not a cold compile.
      warmup: { clientFiles: ['./src/main.tsx', './src/routes/**/*.tsx'] },
      // Test and build output must not reload open pages mid-test.
      watch: {
        ignored: [
          '**/playwright-report/**',
          '**/test-results/**',
          '**/screenshots/**',
          '**/dist*/**',
        ],
      },
    },
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
