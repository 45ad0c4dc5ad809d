import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The demo with every name a hostile string (`?scenario=hostileNames`, see
 * src/mocks/fixtures/hostile.ts): markup, script URLs, direction and
 * zero-width marks, control characters, emoji, formula starts and a
 * 5,000-character name. They must stay text: no dialog, no script, nothing
 * sent elsewhere, and no page wider than the window.
 */

declare global {
  interface Window {
    __pwned?: number;
  }
}

const LONG = /^very-long-x{5000} #2$/;

/** The page is no wider than the window: long names end in an ellipsis, they do not push. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('hostile names render as inert text, in place, and nothing leaves the origin', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const dialogs: string[] = [];
  const elsewhere: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'blob:' && url.protocol !== 'data:') {
      elsewhere.push(request.url());
    }
  });

  await page.goto('/login?scenario=hostileNames&from=%2Fbackups');
  await page.getByRole('button', { name: 'Use demo account' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();

  // Markup is shown as text, not parsed.
  const backups = page.getByRole('table', { name: 'Backups' });
  await expect(
    backups.getByRole('link', { name: '<img src=x onerror="window.__pwned=1"> #1', exact: true }),
  ).toBeVisible();
  await expect(page.locator('main img, main svg[onload], main script')).toHaveCount(0);

  // The 5,000-character name: one line, an ellipsis, the whole name on hover.
  const longCell = backups.getByRole('cell', { name: LONG });
  await expect(longCell).toHaveAttribute('title', LONG);
  await expect(longCell).toHaveCSS('text-overflow', 'ellipsis');
  expect(await longCell.evaluate((cell) => cell.scrollWidth > cell.clientWidth)).toBe(true);
  await expectNoSidewaysScroll(page);

  // The CSV export guards the formula starts, full-width ones included.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export CSV/ }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv).toContain(`"'=HYPERLINK(""https://evil.example""`);
  expect(csv).toContain("'＝cmd|calc");
  expect(csv).toContain("' @SUM(A1)");
  expect(csv).not.toMatch(/(^|,|\r\n)"?[=＝+＋\-－@＠]/);

  // The backup with the long name: its title is clamped, the page stays put.
  await backups.getByRole('link', { name: LONG }).click();
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveAttribute('title', LONG);
  await expect(
    page
      .getByRole('table', { name: /^Restore points of/ })
      .locator('time')
      .first(),
  ).toBeVisible();
  await expectNoSidewaysScroll(page);

  // A restore point, its VMs (hostile VM names), and one VM's page.
  await page
    .getByRole('table', { name: /^Restore points of/ })
    .getByRole('row')
    .nth(1)
    .getByRole('link')
    .click();
  const vms = page.getByRole('table', { name: /^VM restore points of/ });
  await expect(vms.getByRole('link', { name: /^All points of / }).first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await vms
    .getByRole('link', { name: /^All points of / })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Latest restore point' })).toBeVisible();
  await expectNoSidewaysScroll(page);

  // Microsoft 365 (signed in without leaving the page, so the hostile mock stays): names in
  // the filters and the table.
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Sign in to Microsoft 365' }).click();
  await page.getByRole('button', { name: 'Use demo account' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await nav.getByRole('link', { name: 'Restore points' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Restore points' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Microsoft 365 restore points' }).getByRole('row').nth(1),
  ).toBeVisible();
  await expectNoSidewaysScroll(page);

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(elsewhere).toEqual([]);
});
