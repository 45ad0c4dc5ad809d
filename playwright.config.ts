import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { MOCK_NOW, TIME_ZONE } from './e2e/mock-clock';
import { BASE_PATH } from './scripts/e2e-nginx';
import { e2ePorts } from './scripts/e2e-servers';

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
const ports = e2ePorts(Number(process.env.E2E_PORT_OFFSET ?? 0));
const local = (port: number) => `http://127.0.0.1:${String(port)}`;

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
    // The slowest journeys first: Playwright hands tests out in this order, and the long ones
    // at the end left one worker idle while the other finished them.
    {
      name: 'nginx',
      testMatch: ['nginx.spec.ts'],
      use: {
        ...browser,
        baseURL: `https://127.0.0.1:${String(ports.nginx)}${BASE_PATH}`,
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
      // The demo's mock runs in the browser and lays its data out from its own start: real clock.
      name: 'demo',
      // The hostile names are a demo scenario (`?scenario=hostileNames`).
      testMatch: ['demo.spec.ts', 'hostile.spec.ts'],
      use: { ...browser, baseURL: local(ports.demo) },
    },
    {
      name: 'dev-server',
      testMatch: ['dev-server.spec.ts'],
      use: { ...browser, baseURL: local(ports.dev), mockNow: MOCK_NOW },
    },
    {
      name: 'preview',
      testIgnore: [
        'demo.spec.ts',
        'hostile.spec.ts',
        'dev-server.spec.ts',
        'screenshots.spec.ts',
        'nginx.spec.ts',
      ],
      use: { ...browser, baseURL: local(ports.preview), mockNow: MOCK_NOW },
    },
    {
      // `npm run screenshots`: every page, light and dark, narrow and wide, into screenshots/.
      name: 'screenshots',
      testMatch: ['screenshots.spec.ts'],
      use: { ...browser, baseURL: local(ports.demo) },
    },
  ],
  // Every server the projects use and the bundles they serve, started side by side
  // (scripts/e2e-servers.ts). Locally, servers already up are reused and their bundles left as
  // they are; E2E_PREBUILT=1 serves the bundles `npm run build:e2e` built (`npm run check`).
  webServer: {
    command: `tsx scripts/e2e-servers.ts${process.env.CI ? '' : ' --reuse'}`,
    wait: { stdout: /^servers ready$/m },
  },
});
