import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { BASE_PATH, nginxE2e } from './scripts/e2e-nginx';

/**
 * Two hosts for the same app:
 * - `proxy`: `vite` dev server with mocking off; its proxy forwards /api and
 *   /v6–/v8 to the mock as a real HTTPS server with a self-signed certificate
 *   (VEEAM_*_INSECURE_TLS=1). The same specs can run against a real server.
 * - `demo`: the production demo build (`vite preview --mode demo`), with the
 *   mock in a service worker, as a user of `npm run demo` sees it.
 * - `nginx`: the production and demo builds under a base path behind the real
 *   nginx, configured from deploy/nginx.conf.template (scripts/e2e-nginx.ts).
 * Debian's chromium is used when present: this network cannot download Playwright's.
 */
const systemChromium = '/usr/bin/chromium';
// Ports can be moved (E2E_PORT_OFFSET) so two checkouts can run their suites side by side.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const MOCK_PORT = 9443 + offset;
const DEV_PORT = 5173 + offset;
const DEMO_PORT = 4174 + offset;
const nginx = nginxE2e(offset);

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  },
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  // Generous: on a 2-core runner the dev server compiles a page on its first visit.
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'proxy',
      testIgnore: ['demo.spec.ts', 'screenshots.spec.ts', 'nginx.spec.ts'],
      use: { ...browser, baseURL: `http://127.0.0.1:${String(DEV_PORT)}` },
    },
    {
      name: 'demo',
      testMatch: ['demo.spec.ts'],
      use: { ...browser, baseURL: `http://127.0.0.1:${String(DEMO_PORT)}` },
    },
    {
      name: 'nginx',
      testMatch: ['nginx.spec.ts'],
      use: {
        ...browser,
        baseURL: `https://127.0.0.1:${String(nginx.ports.app)}${BASE_PATH}`,
        // nginx shows the browser the mock's self-signed certificate. The browser's trust
        // is not under test (nginx's verification of the upstream is), and a service
        // worker registers only without certificate errors: the flag, not just the option.
        ignoreHTTPSErrors: true,
        launchOptions: {
          ...browser.launchOptions,
          args: [...browser.launchOptions.args, '--ignore-certificate-errors'],
        },
      },
    },
    {
      // `npm run screenshots`: every page, light and dark, narrow and wide, into screenshots/.
      name: 'screenshots',
      testMatch: ['screenshots.spec.ts'],
      use: { ...browser, baseURL: `http://127.0.0.1:${String(DEMO_PORT)}` },
    },
  ],
  webServer: [
    {
      command: `tsx src/mocks/http-server.ts --port ${String(MOCK_PORT)}`,
      port: MOCK_PORT,
      reuseExistingServer: !process.env.CI,
      ignoreHTTPSErrors: true,
    },
    {
      command: `vite --host 127.0.0.1 --port ${String(DEV_PORT)}`,
      url: `http://127.0.0.1:${String(DEV_PORT)}/login`,
      reuseExistingServer: !process.env.CI,
      env: {
        VEEAM_EM_URL: `https://127.0.0.1:${String(MOCK_PORT)}`,
        VEEAM_EM_INSECURE_TLS: '1',
        VEEAM_M365_URL: `https://127.0.0.1:${String(MOCK_PORT)}`,
        VEEAM_M365_INSECURE_TLS: '1',
      },
    },
    {
      command: `vite build --mode demo --outDir dist-demo --logLevel warn && vite preview --mode demo --outDir dist-demo --host 127.0.0.1 --port ${String(DEMO_PORT)}`,
      url: `http://127.0.0.1:${String(DEMO_PORT)}/login`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // Builds both bundles once, then runs nginx in the foreground (scripts/e2e-nginx.ts).
      command: 'tsx scripts/e2e-nginx.ts',
      url: `https://127.0.0.1:${String(nginx.ports.app)}${BASE_PATH}`,
      ignoreHTTPSErrors: true,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
