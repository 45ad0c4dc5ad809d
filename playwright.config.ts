import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { MOCK_NOW, TIME_ZONE } from './e2e/mock-clock';
import { BASE_PATH, nginxE2e } from './scripts/e2e-nginx';

/**
 * One app, four hosts, each a project of its own:
 * - `preview`: the production build (`vite build`, mocking off) served by `vite preview`,
 *   whose proxy forwards /api and /v6–/v8 to the mock running as a real HTTPS server with a
 *   self-signed certificate (VEEAM_*_INSECURE_TLS=1). Almost every spec runs here: a built
 *   page loads in well under a second, where the dev server compiles modules per fresh browser.
 * - `dev-server`: `npm run dev`'s own path (the Vite dev server and its proxy), one journey.
 * - `demo`: the production demo build (`vite preview --mode demo`), with the mock in a
 *   service worker, as a user of `npm run demo` sees it.
 * - `nginx`: the production and demo builds under a base path behind the real nginx,
 *   configured from deploy/nginx.conf.template (scripts/e2e-nginx.ts).
 * Debian's browser is used when present: this network cannot download Playwright's. Its
 * headless shell first: the same Chromium without the desktop browser's UI layers, about a
 * fifth less CPU for the same tests (docs/performance.md); else the full browser, headless.
 */
const systemChromium = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) =>
  existsSync(path),
);
// Ports can be moved (E2E_PORT_OFFSET) so two checkouts can run their suites side by side.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const MOCK_PORT = 9443 + offset;
const DEV_PORT = 5173 + offset;
const PREVIEW_PORT = 4173 + offset;
const DEMO_PORT = 4174 + offset;
const nginx = nginxE2e(offset);
const reuseExistingServer = !process.env.CI;

const browser = {
  ...devices['Desktop Chrome'],
  timezoneId: TIME_ZONE,
  launchOptions: {
    ...(systemChromium ? { executablePath: systemChromium } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  },
};

/** The dev and preview proxies both forward to the HTTPS mock. */
const proxyToMock = {
  VEEAM_EM_URL: `https://127.0.0.1:${String(MOCK_PORT)}`,
  VEEAM_EM_INSECURE_TLS: '1',
  VEEAM_M365_URL: `https://127.0.0.1:${String(MOCK_PORT)}`,
  VEEAM_M365_INSECURE_TLS: '1',
};

export default defineConfig<object, { mockNow: Date | null }>({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // A journey of a dozen page visits on a built app; a busy 2-core runner stays well inside.
  timeout: 20_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    // A trace of each failure: its actions and console. Recording is paid by every test,
    // passing or not, so its costliest parts are left out: the screencast (encoding frames
    // cost more CPU than the tests themselves on 2 cores) and the DOM snapshots per action
    // (about 12 % of the browser tests' CPU); without them the trace has no network log
    // either. A failure still gets its screenshot and the page's accessibility tree
    // (error-context.md); `--trace on` records everything.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false },
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'preview',
      testIgnore: [
        'demo.spec.ts',
        'hostile.spec.ts',
        'dev-server.spec.ts',
        'screenshots.spec.ts',
        'nginx.spec.ts',
      ],
      use: { ...browser, baseURL: `http://127.0.0.1:${String(PREVIEW_PORT)}`, mockNow: MOCK_NOW },
    },
    {
      name: 'dev-server',
      testMatch: ['dev-server.spec.ts'],
      use: { ...browser, baseURL: `http://127.0.0.1:${String(DEV_PORT)}`, mockNow: MOCK_NOW },
    },
    {
      // The demo's mock runs in the browser and lays its data out from its own start: real clock.
      name: 'demo',
      // The hostile names are a demo scenario (`?scenario=hostileNames`).
      testMatch: ['demo.spec.ts', 'hostile.spec.ts'],
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
      // Every bundle below, built side by side before the servers start (scripts/e2e-build.ts);
      // locally, not the bundles of servers already up (they are reused).
      command: `tsx scripts/e2e-build.ts${reuseExistingServer ? ` --reuse preview=${String(PREVIEW_PORT)},demo=${String(DEMO_PORT)},nginx=${String(nginx.ports.app)}` : ''}`,
      wait: { stdout: /^bundles built$/m },
    },
    {
      // The mock as a real HTTPS server, its data laid out from MOCK_NOW (see e2e/fixtures.ts).
      command: `tsx src/mocks/http-server.ts --port ${String(MOCK_PORT)} --now ${MOCK_NOW.toISOString()}`,
      port: MOCK_PORT,
      reuseExistingServer,
      ignoreHTTPSErrors: true,
    },
    {
      // The production build, served with the same proxy as the dev server.
      command: `vite preview --outDir dist-e2e --host 127.0.0.1 --port ${String(PREVIEW_PORT)}`,
      url: `http://127.0.0.1:${String(PREVIEW_PORT)}/login`,
      reuseExistingServer,
      env: proxyToMock,
    },
    {
      command: `vite preview --mode demo --outDir dist-demo --host 127.0.0.1 --port ${String(DEMO_PORT)}`,
      url: `http://127.0.0.1:${String(DEMO_PORT)}/login`,
      reuseExistingServer,
    },
    {
      command: `vite --host 127.0.0.1 --port ${String(DEV_PORT)}`,
      url: `http://127.0.0.1:${String(DEV_PORT)}/login`,
      reuseExistingServer,
      env: proxyToMock,
    },
    {
      // nginx in the foreground over the bundles built under BASE_PATH (scripts/e2e-nginx.ts).
      command: 'tsx scripts/e2e-nginx.ts --prebuilt',
      url: `https://127.0.0.1:${String(nginx.ports.app)}${BASE_PATH}`,
      ignoreHTTPSErrors: true,
      reuseExistingServer,
    },
  ],
});
