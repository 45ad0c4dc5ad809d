import { type Locator, type Page, type Route } from '@playwright/test';
import { expect, fillEmSignIn, main, test } from './fixtures';

/**
 * The help-desk journey against a server that is half down: about one API
 * request in five answers 500, some connections drop, some answers take up to
 * 5 s, and one request never answers. The faults are chosen by a seeded hash of
 * the request (method, path with times left out, and how often it was asked),
 * so a run can be repeated: E2E_CHAOS_SEED picks another sequence.
 */
const SEED = Number(process.env.E2E_CHAOS_SEED ?? 20_260_801);

/** FNV-1a, 32 bits: the same text always gives the same number in [0, 1). */
function unit(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

const isApi = (url: URL) => /^\/(?:api|v[678])\//i.test(url.pathname);

interface Chaos {
  /** What was done to which request, in order. */
  log: string[];
  /** Resolves when the one request that never answers has been sent. */
  stalled: Promise<void>;
  /** Lets the request sent again after the stall through. */
  releaseRetry: () => void;
}

/** `stallPath`: the first request for this path gets no answer at all. */
async function unleashChaos(page: Page, stallPath: RegExp): Promise<Chaos> {
  const seen = new Map<string, number>();
  const log: string[] = [];
  let onStalled: () => void = () => undefined;
  const stalled = new Promise<void>((resolve) => (onStalled = resolve));
  let releaseRetry: () => void = () => undefined;
  const retryHeld = new Promise<void>((resolve) => (releaseRetry = resolve));
  let stallDone = false;

  await page.route(
    (url) => isApi(url),
    async (route: Route) => {
      const request = route.request();
      const url = new URL(request.url());
      const key = `${request.method()} ${url.pathname}${url.search}`.replace(
        /\d{4}-\d\d-\d\dT[\d:.]+Z/g,
        'T',
      );
      const attempt = (seen.get(key) ?? 0) + 1;
      seen.set(key, attempt);
      if (stallPath.test(url.pathname)) {
        if (!stallDone) {
          stallDone = true;
          log.push(`stall ${key}`);
          onStalled();
          return; // never answered: the app's own deadline has to end it
        }
        await retryHeld;
        await route.continue();
        return;
      }
      const roll = unit(`${String(SEED)}|${key}|${String(attempt)}`);
      if (roll < 0.2) {
        log.push(`500 ${key}`);
        await route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ Message: 'Chaos: internal error', StatusCode: 500 }),
        });
      } else if (roll < 0.25) {
        log.push(`drop ${key}`);
        await route.abort('connectionreset');
      } else if (roll < 0.33) {
        const ms = 1000 + Math.floor(unit(`${key}|delay|${String(SEED)}`) * 4000);
        log.push(`slow ${String(ms)} ms ${key}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        await route.continue();
      } else {
        await route.continue();
      }
    },
  );
  return { log, stalled, releaseRetry };
}

/**
 * Waits for `target`. When an error shows instead, it must say what happened;
 * the user then does what it offers: its own "Try again", or `retry` (the
 * sign-in button), and waits for that error to go (a new failure is a new panel).
 */
async function reach(page: Page, target: Locator, messages: string[], retry?: Locator) {
  const problem = page.getByRole('alert');
  const seen = page.locator('[role="alert"][data-seen]');
  for (let round = 0; round < 8; round += 1) {
    await expect(target.or(problem).first()).toBeVisible();
    if (await target.isVisible()) return;
    const shown = problem.first();
    messages.push((await shown.textContent()) ?? '');
    await shown.evaluate((element) => {
      element.setAttribute('data-seen', '');
    });
    await (retry ?? shown.getByRole('button', { name: 'Try again' })).click();
    await expect
      .poll(async () => (await target.isVisible()) || (await seen.count()) === 0)
      .toBe(true);
  }
  await expect(target).toBeVisible();
}

test.describe.configure({ timeout: 180_000 });

test('the journey completes against a half-down server, with visible retries and clear messages', async ({
  page,
}) => {
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  page.on('console', (message) => {
    // The browser logs each failed request itself; the app must log nothing.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      uncaught.push(message.text());
    }
  });
  await page.clock.install();
  const chaos = await unleashChaos(page, /^\/api\/restorePoints\/[^/]+$/);
  const messages: string[] = [];

  // Sign in: a failed attempt says why, and the user presses Sign in again.
  await page.goto('/login?from=%2Fbackups');
  await fillEmSignIn(page);
  const backups = page.getByRole('heading', { level: 1, name: 'Backups' });
  await reach(page, backups, messages, page.getByRole('button', { name: 'Sign in' }));

  // Backups → a backup.
  const sqlDaily = main(page).getByRole('link', { name: 'SQL Daily', exact: true });
  await reach(page, sqlDaily, messages);
  await sqlDaily.click();
  const points = page.getByRole('table', { name: 'Restore points of SQL Daily' });
  await reach(page, points.locator('time').first(), messages);

  // → a restore point, whose first request never answers: after 30 s the app
  // says so and tries again by itself.
  await points.getByRole('row').nth(1).getByRole('link').click();
  await chaos.stalled;
  await page.clock.fastForward('00:31');
  await expect(page.getByRole('status', { name: 'Retries' })).toHaveText(
    /Enterprise Manager did not answer in time\. Trying again \(attempt 2 of 3\)/,
  );
  chaos.releaseRetry();
  const vms = page.getByRole('table', { name: /^VM restore points of/ });
  await reach(page, vms.getByRole('link', { name: 'All points of sql01' }), messages);

  // → the VM's page.
  await vms.getByRole('link', { name: 'All points of sql01' }).click();
  await reach(page, page.getByRole('heading', { level: 1, name: 'sql01' }), messages);
  await reach(
    page,
    page.getByRole('region', { name: 'Latest restore point' }).getByText(/ago/),
    messages,
  );

  // → search from the header: the VM-name index is built under the same chaos.
  await page.keyboard.press('/');
  await page.keyboard.type('legacy');
  const option = page.getByRole('listbox', { name: 'Matching VMs' }).getByRole('option', {
    name: /legacy-app01/,
  });
  await reach(page, option.first(), messages);
  await option.first().click();
  await reach(page, page.getByRole('heading', { level: 1, name: 'legacy-app01' }), messages);

  // The chaos was real, every message the user met said what happened, nothing crashed.
  expect(chaos.log.filter((entry) => entry.startsWith('500')).length).toBeGreaterThan(2);
  for (const message of messages) {
    expect(message).toMatch(
      /The server had a problem \(500\)|Cannot reach Enterprise Manager|did not answer in time/,
    );
  }
  expect(uncaught).toEqual([]);
});
