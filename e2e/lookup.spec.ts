import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, main, openShared, signInEm, test } from './fixtures';

/**
 * The help-desk journey (issue #4): from any page, find a VM by typing part of
 * its name, see its newest restore point and age, hand it over to a ticket.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const search = (page: Page) => page.getByRole('combobox', { name: 'Find a VM' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Matching VMs' });
const latestCard = (page: Page) => page.getByRole('region', { name: 'Latest restore point' });

test('finds a VM from the header by keyboard, without a request per key, and shows its newest point and age', async ({
  page,
}) => {
  await signInEm(page);
  const queries: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) queries.push(request.url());
  });

  await page.keyboard.press('/');
  await expect(search(page)).toBeFocused();
  // The VM names were indexed in the background after sign-in.
  // 14:00: the pinned clock (e2e/mock-clock.ts) in the browser's zone.
  await expect(page.getByText(/^Names as of 14:00 \(\d+ VMs\)$/)).toBeVisible();
  queries.length = 0;
  await page.keyboard.type('sql');
  await expect(results(page).getByRole('option').first()).toContainText('sql01');
  await expect(results(page).getByRole('option')).toHaveCount(3);
  expect(queries).toEqual([]);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/vms\/sql01$/);
  await expect(page.getByRole('heading', { level: 1, name: 'sql01' })).toBeVisible();
  const card = latestCard(page);
  await expect(card.getByText('Within objective')).toBeVisible();
  await expect(card.getByText(/\b(minutes?|hours?) ago \(\d+ (min|h)\)/)).toBeVisible();
  await expect(card.getByRole('link', { name: /^SQL (Daily|Offsite Copy)$/ })).toBeVisible();
});

test('shows the warning for a VM whose newest point is older than the objective, with the objective in the URL', async ({
  emPage: page,
}) => {
  await openShared(page, '/backups');
  // The shortcut works once the page is drawn.
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(search(page)).toBeFocused();
  await page.keyboard.type('leg');
  await expect(results(page).getByRole('option')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/vms\/legacy-app01$/);

  const card = latestCard(page);
  await expect(card.getByText('Older than objective')).toBeVisible();
  await expect(card.getByText('Older than the recovery point objective')).toBeVisible();
  await expect(card.getByText(/the objective is 24 h/)).toBeVisible();
  await expect(page.getByText(/1 gap longer than 24 h/)).toBeVisible();

  const objective = page.getByRole('textbox', { name: /Recovery point objective/ });
  await objective.fill('48');
  await expect(page).toHaveURL(/[?&]rpo=48\b/);
  await expect(card.getByText(/the objective is 48 h/)).toBeVisible();
  await objective.fill('100');
  await expect(page).toHaveURL(/[?&]rpo=100\b/);
  await expect(card.getByText('Within objective')).toBeVisible();

  // The URL is the state: reloading keeps the objective.
  await page.reload();
  await expect(latestCard(page).getByText('Within objective')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Recovery point objective/ })).toHaveValue('100');
});

test('copies the ticket text and exports the restore points as CSV', async ({ page }) => {
  await signInEm(page);
  await search(page).fill('sql01');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'sql01' })).toBeVisible();
  const table = main(page).getByRole('table', { name: 'Restore points of VM sql01' });
  // Backup names arrive from batched queries; wait for them so the ticket and the CSV have them.
  await expect(table.getByRole('link', { name: 'SQL Offsite Copy' }).first()).toBeVisible();

  await latestCard(page).getByRole('button', { name: 'Copy for ticket' }).click();
  await expect(page.getByText('Copied for the ticket')).toBeVisible();
  const ticket = await page.evaluate(() => navigator.clipboard.readText());
  const lines = ticket.trimEnd().split('\n');
  expect(lines[0]).toBe('VM: sql01');
  expect(lines[1]).toMatch(
    /^Newest restore point \(local\): \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S+ \(UTC[+-]\d\d:\d\d\)$/,
  );
  expect(lines[2]).toMatch(/^Newest restore point \(UTC\): \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
  expect(ticket).toMatch(/^Age: .+ \(within the 24 h recovery point objective\)$/m);
  expect(ticket).toMatch(/^Backup: SQL (Daily|Offsite Copy)$/m);
  expect(ticket).toMatch(/^Point type: (Full|Increment|Reverse increment)/m);
  expect(ticket).toMatch(/^VM restore point UID: urn:veeam:VmRestorePoint:[0-9a-f-]{36}$/m);
  expect(ticket).toContain(`\nLink: ${new URL('/vms/sql01?rpo=24', page.url()).href}\n`);

  const rowCount = Number(
    (
      await main(page)
        .getByText(/^\d+ rows$/)
        .textContent()
    )?.split(' ')[0],
  );
  expect(rowCount).toBeGreaterThan(25); // more than the page shown
  const downloadEvent = page.waitForEvent('download');
  await main(page)
    .getByRole('button', { name: /^Export CSV/ })
    .click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toMatch(/^restore-points-of-vm-sql01-\d{4}-\d\d-\d\d\.csv$/);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const rows = csv.trimEnd().split('\r\n');
  expect(rows[0]).toBe(
    'Created,Point type,Algorithm,Backup,Restore point,Backup file,Backup server,VM restore point,UID',
  );
  expect(rows).toHaveLength(rowCount + 1);
  const created = rows.slice(1).map((row) => row.split(',')[0] ?? '');
  expect(created.every((value) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(value))).toBe(
    true,
  );
  expect([...created].sort().reverse()).toEqual(created); // newest first, as on the page
  expect(rows.slice(1).every((row) => /,SQL (Daily|Offsite Copy),/.test(row))).toBe(true);
  expect(rows[1]).toMatch(
    /,sql01@\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,urn:veeam:VmRestorePoint:[0-9a-f-]{36}$/,
  );
});

test('lists every match of a search and exports it', async ({ emPage: page }) => {
  await openShared(page, '/backups');
  await search(page).fill('0');
  // Counted once the index is complete: before, more names may still arrive.
  await expect(page.getByText(/^Names as of \d\d:\d\d \(\d+ VMs\)$/)).toBeVisible();
  const showAll = results(page).getByRole('option', { name: /^Show all \d+ matches$/ });
  const matches = Number(/\d+/.exec((await showAll.textContent()) ?? '')?.[0]);
  await showAll.click();
  await expect(page).toHaveURL(/\/vms\?q=0$/);
  const table = main(page).getByRole('table', { name: 'VMs matching “0”' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const downloadEvent = page.waitForEvent('download');
  await main(page)
    .getByRole('button', { name: /^Export CSV/ })
    .click();
  const csv = (await readFile(await (await downloadEvent).path(), 'utf8')).replace(/^\uFEFF/, '');
  const rows = csv.trimEnd().split('\r\n');
  expect(rows[0]).toBe(
    'VM,Newest restore point,Point type,Restore points,Oldest restore point,Backup servers',
  );
  expect(
    rows.slice(1).every((row) => /^[^,]*0[^,]*,\d{4}-\d\d-\d\dT[\d:.]+Z,\w+,\d+,/.test(row)),
  ).toBe(true);
  // The export is the whole result, in the page's order: every match the search offered,
  // the count the page shows, and the VMs of the table's first page in the same order.
  const names = rows.slice(1).map((row) => row.split(',')[0] ?? '');
  expect(names).toHaveLength(matches);
  await expect(main(page).getByText(`${String(matches)} rows`, { exact: true })).toBeVisible();
  await expect(table.getByRole('link')).toHaveText(names.slice(0, 25));
});

test('a point on the timeline opens that VM restore point', async ({ emPage: page }) => {
  await openShared(page, '/backups');
  await search(page).fill('legacy-app01');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'legacy-app01' })).toBeVisible();
  // The chart is hidden from screen readers (the table is the accessible source): its dots
  // are found by what makes them clickable.
  const dot = page.getByTestId('timeline-chart').locator('path[cursor="pointer"]').first();
  await dot.hover();
  const tooltip = page
    .getByTestId('timeline-chart')
    .getByText(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
  await expect(page.getByTestId('timeline-chart').getByText('Click to open')).toBeVisible();
  const utc = ((await tooltip.textContent()) ?? '').replace(' UTC', '');
  await dot.click();
  await expect(page).toHaveURL(/\/vm-restore-points\/[0-9a-f-]{36}$/);
  // VM restore points are named after the VM and their creation time in UTC.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`legacy-app01@${utc}`);
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the search opens in a dialog from the header button, and "/" opens it too', async ({
    page,
  }) => {
    await signInEm(page);
    const open = page.getByRole('banner').getByRole('button', { name: 'Find a VM' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Find a VM' });
    await expect(dialog.getByRole('combobox', { name: 'Find a VM' })).toBeFocused();
    await page.keyboard.type('leg');
    await expect(results(page).getByRole('option')).toHaveCount(2);
    await expectNoViolations(page, 'the narrow search dialog with results');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/vms\/legacy-app02$/);
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'legacy-app02' })).toBeVisible();

    await page.keyboard.press('/');
    await expect(dialog.getByRole('combobox', { name: 'Find a VM' })).toBeFocused();
    await page.keyboard.press('Escape'); // closes the results first
    await expect(results(page)).toBeHidden();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(open).toBeVisible();
  });

  test('the timeline draws a long history as one dot per few pixels, not one per point', async ({
    page,
  }) => {
    await signInEm(page);
    // web01 is backed up every 3 hours: 42 days of points on a chart about 330 pixels wide.
    await page.goto('/vms/web01?days=all');
    await expect(page.getByText(/^Restore points of web01: 336 restore points from/)).toBeVisible();
    const chart = page.getByTestId('timeline-chart');
    // Every point finds its backup, the oldest too (its job run began before the period).
    await expect(
      chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
    ).toHaveText([/^Web ?Farm$/]);
    const dots = chart.locator('path[cursor="pointer"]');
    await expect(dots.first()).toBeVisible();
    // A dot per 6 pixels of width, at most, for each of the two types (full and increment).
    const width = await chart.evaluate((element) => element.clientWidth);
    expect(width).toBeLessThan(400);
    expect(await dots.count()).toBeLessThanOrEqual(2 * Math.floor(width / 6));
    // Each dot says how many points it stands for; the newest of them opens. Increments come
    // after full points (a fixed order): the last dot is one of the oldest increments.
    await dots.last().hover();
    await expect(chart.getByText(/^The newest of \d+ restore points here, from /)).toBeVisible();
  });
});
