import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
  type Request,
} from '@playwright/test';

import { TIME_ZONE } from './mock-clock';

export { expect };
export { MOCK_NOW, TIME_ZONE } from './mock-clock';

/**
 * The account the specs sign in with: the built-in mock's demo account by
 * default, or a real Enterprise Manager's when E2E_EM_USER/E2E_EM_PASSWORD are set.
 */
export const emAccount = {
  username: process.env.E2E_EM_USER ?? 'DEMO\\operator',
  password: process.env.E2E_EM_PASSWORD ?? 'demo',
};

/** What the browser may send besides GET: signing in and out, and renewing a token. */
const AUTH_CALLS: { method: string; path: RegExp }[] = [
  { method: 'POST', path: /^\/api\/sessionMngr\/$/ }, // EM sign-in
  { method: 'DELETE', path: /^\/api\/logonSessions\/[^/]+$/ }, // EM sign-out
  { method: 'POST', path: /^\/v[678]\/token$/i }, // Microsoft 365 sign-in and token renewal
];

/** Every request a browser context sends, checked against the app's promises at the end. */
class RequestLog {
  private readonly seen: { method: string; url: string }[] = [];

  /** Records what `context` sends until the returned function is called. */
  watch(context: BrowserContext): () => void {
    const record = (request: Request) => {
      this.seen.push({ method: request.method(), url: request.url() });
    };
    context.on('request', record);
    return () => context.off('request', record);
  }

  /** Only GET besides signing in and out, and only to the app's own origin. */
  problems(origin: string): string[] {
    return this.seen
      .filter(({ url }) => /^https?:/.test(url))
      .flatMap(({ method, url }) => {
        const { origin: to, pathname } = new URL(url);
        const found: string[] = [];
        if (to !== origin) found.push(`${method} ${url}: not the app's origin`);
        const auth = AUTH_CALLS.some((call) => call.method === method && call.path.test(pathname));
        if (method !== 'GET' && !auth) found.push(`${method} ${pathname}: the app only reads`);
        return found;
      });
  }
}

interface Fixtures {
  /** A second browser (another person opening a shared link), held to the same rules as `page`. */
  openContext: () => Promise<BrowserContext>;
  /**
   * A tab signed in to Enterprise Manager, shared by the tests of one worker: signing in once
   * saves each test a browser context, the sign-in page and the sign-in. Open the page under
   * test with `openShared` (a full load: only the session and the VM-name index carry over).
   * Tests about signing in, sessions, storage, the clipboard or request counts use `page`.
   */
  emPage: Page;
  /** The same for Microsoft 365 (a tab of its own, signed in with the detected API version). */
  m365Page: Page;
}
interface WorkerFixtures {
  /** The instant to pin the browser's clock to; null keeps the real clock (the demo's own mock). */
  mockNow: Date | null;
  emTab: Page;
  m365Tab: Page;
}

/** What a worker-scoped tab is signed in with: the project's context options, then a form. */
async function workerTab(
  browser: Browser,
  options: BrowserContextOptions,
  mockNow: Date | null,
  signIn: (page: Page) => Promise<void>,
  provide: (page: Page) => Promise<void>,
) {
  const context = await browser.newContext(options);
  if (mockNow) await context.clock.setFixedTime(mockNow);
  const page = await context.newPage();
  await signIn(page);
  await provide(page);
  await context.close();
}

/** The context options a project gives `page` (device, time zone, base URL, certificates). */
function projectContextOptions(use: BrowserContextOptions & { baseURL?: string }) {
  const { baseURL, timezoneId, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = use;
  const { ignoreHTTPSErrors } = use;
  return {
    baseURL,
    timezoneId,
    viewport,
    userAgent,
    deviceScaleFactor,
    isMobile,
    hasTouch,
    ignoreHTTPSErrors,
  };
}

/** Lends a worker's tab to one test: its requests are checked, its routes and preferences reset. */
async function lendTab(page: Page, requestLog: RequestLog, provide: (page: Page) => Promise<void>) {
  const stop = requestLog.watch(page.context());
  // The worker's other tabs may have been in front: keys and focus go to this one.
  await page.bringToFront();
  // Display preferences (time zone, colour scheme) start from their defaults in every test.
  await page.evaluate(() => {
    localStorage.clear();
  });
  await provide(page);
  stop();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
}

export const test = base.extend<Fixtures & { requestLog: RequestLog }, WorkerFixtures>({
  mockNow: [null, { option: true, scope: 'worker' }],

  requestLog: async ({ baseURL }, provide) => {
    const log = new RequestLog();
    await provide(log);
    // Every journey: the browser calls only its own origin (never a server host from
    // an Href) and sends nothing but GET besides signing in and out.
    expect(log.problems(new URL(baseURL ?? '').origin)).toEqual([]);
  },

  context: async ({ context, mockNow, requestLog }, provide) => {
    if (mockNow) await context.clock.setFixedTime(mockNow);
    requestLog.watch(context);
    await provide(context);
  },

  openContext: async ({ browser, mockNow, requestLog, baseURL, timezoneId }, provide) => {
    const opened: BrowserContext[] = [];
    await provide(async () => {
      const context = await browser.newContext({ baseURL, timezoneId });
      opened.push(context);
      if (mockNow) await context.clock.setFixedTime(mockNow);
      requestLog.watch(context);
      return context;
    });
    await Promise.all(opened.map((context) => context.close()));
  },

  emTab: [
    async ({ browser, mockNow }, provide, workerInfo) => {
      const options = projectContextOptions(workerInfo.project.use);
      await workerTab(browser, options, mockNow, signInEm, provide);
    },
    { scope: 'worker' },
  ],

  m365Tab: [
    async ({ browser, mockNow }, provide, workerInfo) => {
      const options = projectContextOptions(workerInfo.project.use);
      await workerTab(browser, options, mockNow, signInM365, provide);
    },
    { scope: 'worker' },
  ],

  emPage: async ({ emTab, requestLog }, provide) => {
    await lendTab(emTab, requestLog, provide);
  },

  m365Page: async ({ m365Tab, requestLog }, provide) => {
    await lendTab(m365Tab, requestLog, provide);
  },
});

/**
 * Opens `path` in a signed-in tab (`emPage`, `m365Page`) as a fresh page load and waits until
 * it is there, not on the login page.
 */
export async function openShared(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(path);
}

/** Fills the login page's form (either server kind) with `account` and submits it. */
export async function fillSignIn(page: Page, account = emAccount) {
  await page.getByRole('textbox', { name: 'User name' }).fill(account.username);
  await page.getByRole('textbox', { name: 'Password' }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The Microsoft 365 account the specs sign in with (mock default, or E2E_M365_USER/E2E_M365_PASSWORD). */
export const m365Account = {
  username: process.env.E2E_M365_USER ?? 'operator@contoso.com',
  password: process.env.E2E_M365_PASSWORD ?? 'demo',
};

type M365Version = 'Detect automatically' | 'v8' | 'v7' | 'v6';

/** Fills the Microsoft 365 form of the login page (already open). */
export async function fillM365SignIn(page: Page, version: M365Version = 'Detect automatically') {
  await expect(page.getByRole('form', { name: 'Sign in to Microsoft 365' })).toBeVisible();
  if (version !== 'Detect automatically') {
    await page.getByRole('combobox', { name: 'API version' }).selectOption(version);
  }
  await fillSignIn(page, m365Account);
}

/** Signs in to Microsoft 365 from the login page and waits for its restore points. */
export async function signInM365(page: Page, version: M365Version = 'Detect automatically') {
  await page.goto('/login?kind=m365');
  await fillM365SignIn(page, version);
  await expect(page.getByRole('heading', { level: 1, name: 'Restore points' })).toBeVisible();
}

/**
 * Signs in from the login page and waits for the backups list (asked for with `from`: the
 * landing page after sign-in is the overview).
 */
export async function signInEm(page: Page) {
  await page.goto('/login?from=%2Fbackups');
  await fillSignIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
}

/** Opens `path` signed out, as a shared link is: the login page, then that page. */
export async function openSignedInEm(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/login\?/);
  await fillSignIn(page);
  await expect(page).toHaveURL(path);
}

/** The current EM session token, read the way an attacker with devtools could. */
export async function emToken(page: Page): Promise<string> {
  const raw = await page.evaluate(() => sessionStorage.getItem('rpe.session.em'));
  expect(raw).not.toBeNull();
  return (JSON.parse(raw ?? '{}') as { token: string }).token;
}

/** Every key and value in the page's storage, as the strings the browser keeps. */
export function rawStorage(page: Page, storage: 'localStorage' | 'sessionStorage') {
  return page.evaluate(
    (name) => Object.entries(window[name]).flatMap(([key, value]) => [key, String(value)]),
    storage,
  );
}

/** The main content area (not the navigation). */
export const main = (page: Page) => page.getByRole('main');

/**
 * Waits until there are cells and every one reads `text`. A server-filtered table keeps the
 * previous answer's rows on screen while the next one loads (keepPreviousData), so its rows
 * are read or clicked only once they are the new answer's.
 */
export async function expectEveryCell(cells: Locator, text: string) {
  await expect
    .poll(async () => [...new Set(await cells.allTextContents())], {
      message: `every cell reads "${text}"`,
    })
    .toEqual([text]);
}

/** axe's findings on the page as it is now, one line each (none expected). */
export async function expectNoViolations(page: Page, where: string) {
  // The page at rest: a hover tooltip (a button's, say) is a popup in a portal by
  // design, described to screen readers by the element it belongs to.
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  // The app has no frames: legacy mode runs axe once in the page instead of a partial run
  // per frame plus a finishing run in a second page (a third of the time on the VM page),
  // and only violations are collected, not every passing node.
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const found = result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes[0]?.target.join(' ') ?? ''} ${violation.nodes[0]?.any[0]?.message ?? ''} ${violation.nodes[0]?.html ?? ''}`,
  );
  expect(found, `accessibility of ${where}`).toEqual([]);
}

/** `2025-06-10T14:00` as the browser's wall clock (TIME_ZONE) shows `date`, and its UTC offset (`UTC+01:00`). */
export function wallClock(date: Date): { input: string; offset: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return {
    input: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`,
    offset: String(parts.timeZoneName).replace('GMT', 'UTC'),
  };
}
