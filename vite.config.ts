/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import type { InlineConfig } from 'vitest/node';
import { parseBasePath } from './scripts/base-path.ts';
import { createDevProxy, proxyWarnings } from './scripts/dev-proxy.ts';

/**
 * Vite writes this placeholder into index.html's tags and a `<meta property="csp-nonce">`;
 * the web server swaps it for a fresh nonce per response (deploy/nginx.conf.template),
 * and Mantine reads it from the meta tag for the <style> tags it injects.
 */
const CSP_NONCE_PLACEHOLDER = 'RPE_CSP_NONCE';

/** vitest: the app's code runs in happy-dom over the shared msw handlers. */
const dom: InlineConfig = {
  environment: 'happy-dom',
  environmentOptions: { happyDOM: { url: 'http://localhost:5173/' } },
  setupFiles: ['./src/test/setup.ts'],
  // A route test renders the whole app in happy-dom: a few seconds on a busy runner.
  testTimeout: 20_000,
};
const ownGlobals = ['src/api/em/vm-index/storage.test.ts'];

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const proxy = createDevProxy(env);
  const demo = mode === 'demo';
  // `DEMO_SCALE=large npm run demo`: the demo mock's estate (src/config/env.ts).
  if (env.DEMO_SCALE && !['small', 'large'].includes(env.DEMO_SCALE)) {
    throw new Error(`DEMO_SCALE must be small or large, not "${env.DEMO_SCALE}"`);
  }
  // Said when a dev server starts (not when tools merely load this config).
  const warnWithoutServers: Plugin = {
    name: 'warn-without-servers',
    configureServer() {
      if (process.env.VITEST) return;
      for (const warning of proxyWarnings(env)) console.warn(`\n  ${warning}\n`);
      if (!demo && !Object.keys(proxy).length) {
        console.warn(
          '\n  No VEEAM_EM_URL or VEEAM_M365_URL set: API calls have nowhere to go.\n' +
            '  Point them at your servers (see README), or run `npm run demo` for the built-in mock.\n',
        );
      }
    },
  };

  return {
    plugins: [react(), warnWithoutServers],
    base: parseBasePath(env.BASE_PATH),
    // Only the demo serves the msw worker; production builds get no public files at all.
    publicDir: demo ? 'public-demo' : false,
    html: { cspNonce: CSP_NONCE_PLACEHOLDER },
    envPrefix: ['VITE_', 'DEMO_SCALE'],
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        // Every `import … from 'zod'` gets zod set up for the CSP first (src/lib/zod.ts).
        { find: /^zod$/, replacement: fileURLToPath(new URL('./src/lib/zod.ts', import.meta.url)) },
      ],
    },
    server: {
      proxy,
      strictPort: true,
      // Transform the pages up front so the first visit of each is not a cold compile.
      warmup: { clientFiles: ['./src/main.tsx', './src/routes/**/!(*.test).tsx'] },
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
    build: {
      // Production: maps for error reporting, but no sourceMappingURL in the bundle (and
      // nginx refuses *.map). The demo is a showcase: readable in the browser's devtools.
      sourcemap: demo ? true : 'hidden',
      chunkSizeWarningLimit: 700,
    },
    test: {
      restoreMocks: true,
      // Vitest leaves a core to its main process (1 worker on 2 cores), which idles once the
      // modules are transformed: use every core.
      maxWorkers: availableParallelism(),
      projects: [
        {
          // Pure helpers, the mock and the build scripts: plain Node, as the mock runs for e2e.
          // They keep no module state between files, so the files share one module graph
          // instead of re-importing msw and regenerating the demo data for each file.
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            isolate: false,
            include: ['src/lib/**/*.test.ts', 'src/mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
          },
        },
        {
          // The app's own code in a browser-like DOM, over the shared msw handlers. The files
          // share one DOM and module graph per worker (importing React, Mantine and the app
          // again for every file cost more than the tests): src/test/setup.ts puts back what a
          // test may leave behind (rendered pages, storage, sessions, notifications, timers).
          extends: true,
          test: {
            name: 'dom',
            ...dom,
            isolate: false,
            include: ['src/**/*.test.{ts,tsx}'],
            exclude: ['src/lib/**', 'src/mocks/**', ...ownGlobals],
          },
        },
        {
          // Files that install globals of their own (a fake IndexedDB) get a fresh DOM: in the
          // shared one, every later page would start keeping its VM index.
          extends: true,
          test: { name: 'dom-own-globals', ...dom, include: ownGlobals },
        },
      ],
    },
  };
});
