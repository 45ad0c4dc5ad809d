/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { createDevProxy } from './scripts/dev-proxy';

export default defineConfig(({ command, mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const proxy = createDevProxy(env);
  if (command === 'serve' && mode !== 'demo' && !Object.keys(proxy).length && !process.env.VITEST) {
    console.warn(
      '\n  No VEEAM_EM_URL or VEEAM_M365_URL set: API calls have nowhere to go.\n' +
        '  Point them at your servers (see README), or run `npm run demo` for the built-in mock.\n',
    );
  }

  return {
    plugins: [react()],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
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
    build: { sourcemap: true, chunkSizeWarningLimit: 700 },
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
          // The app's own code in a browser-like DOM, over the shared msw handlers.
          extends: true,
          test: {
            name: 'dom',
            environment: 'happy-dom',
            environmentOptions: { happyDOM: { url: 'http://localhost:5173/' } },
            setupFiles: ['./src/test/setup.ts'],
            // A route test renders the whole app in happy-dom: a few seconds on a busy runner.
            testTimeout: 20_000,
            include: ['src/**/*.test.{ts,tsx}'],
            exclude: ['src/lib/**', 'src/mocks/**'],
          },
        },
      ],
    },
  };
});
