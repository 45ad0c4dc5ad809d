/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { createDevProxy } from './scripts/dev-proxy';

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const proxy = createDevProxy(env);
  // `DEMO_SCALE=large npm run demo`: the demo mock's estate (src/config/env.ts).
  if (env.DEMO_SCALE && !['small', 'large'].includes(env.DEMO_SCALE)) {
    throw new Error(`DEMO_SCALE must be small or large, not "${env.DEMO_SCALE}"`);
  }
  // Said when a dev server starts (not when tools merely load this config).
  const warnWithoutServers: Plugin = {
    name: 'warn-without-servers',
    configureServer() {
      if (mode !== 'demo' && !Object.keys(proxy).length && !process.env.VITEST) {
        console.warn(
          '\n  No VEEAM_EM_URL or VEEAM_M365_URL set: API calls have nowhere to go.\n' +
            '  Point them at your servers (see README), or run `npm run demo` for the built-in mock.\n',
        );
      }
    },
  };

  return {
    plugins: [react(), warnWithoutServers],
    envPrefix: ['VITE_', 'DEMO_SCALE'],
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
