import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, fillSignIn, main, MOCK_NOW, test, wallClock } from './fixtures';

/**
 * The estate overview (issue #10): after sign-in an operator sees how many VMs are outside the
 * objective and which, exports them, opens one and answers "what is the last restore point
 * before that time?" with a link and ticket text. Times are typed in Berlin time.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'], timezoneId: 'Europe/Berlin' });
// The first visit of each page compiles it on the dev server; a busy runner needs the time.

const namesReady = (page: Page) =>
  expect(main(page).getByText(/^Names as of \d\d:\d\d \(\d+ VMs\)$/)).toBeVisible();
const countOf = async (page: Page, name: RegExp) =>
  Number(/^\d+/.exec((await page.getByRole('button', { name }).textContent()) ?? '')?.[0]);

async function signInToOverview(page: Page) {
  await page.goto('/login');
  await fillSignIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page).toHaveURL(/\/overview$/);
  await namesReady(page);
}

test('lands on the overview, exports the VMs outside the objective, and answers a restore-to time for one of them', async ({
  page,
}) => {
  await signInToOverview(page);
  const outside = await countOf(page, /Outside objective/);
  expect(outside).toBeGreaterThanOrEqual(4); // the demo's stale VMs, on all three servers

  await page.getByRole('button', { name: /Outside objective/ }).click();
  await expect(page).toHaveURL(/\/overview\?state=outside$/);
  const table = main(page).getByRole('table', { name: 'VMs outside the objective' });
  await expect(table.getByRole('row')).toHaveCount(outside + 1);

  const downloadEvent = page.waitForEvent('download');
  await main(page).getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toMatch(/^vms-outside-the-objective-\d{4}-\d\d-\d\d\.csv$/);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  expect(header).toBe(
    'VM,State,Newest restore point,Age,Backup,Backup server,Restore points,Newest VM restore point UID',
  );
  expect(rows).toHaveLength(outside);
  const cells = rows.map((row) => row.split(','));
  expect(cells.every((cell) => cell[1] === 'Outside objective')).toBe(true);
  expect(cells.every((cell) => Number(cell[3]) > 24 && Number(cell[3]) <= 30 * 24)).toBe(true);
  expect(cells.map((cell) => cell[0])).toEqual(
    expect.arrayContaining(['legacy-app01', 'legacy-app02', 'branch-archive01', 'beta-web01']),
  );
  expect(new Set(cells.map((cell) => cell[5]))).toEqual(
    new Set(['vbr-hq.corp.local', 'vbr-branch.corp.local', 'vbr-cloud.corp.local']),
  );
  // Oldest newest point first, as on the page.
  const ages = cells.map((cell) => Number(cell[3]));
  expect([...ages].sort((a, b) => b - a)).toEqual(ages);

  // Open one, and ask for five days ago at 14:00 Berlin time.
  await table.getByRole('link', { name: 'legacy-app01' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'legacy-app01' })).toBeVisible();
  const day = wallClock(new Date(MOCK_NOW.getTime() - 5 * 24 * 3_600_000)).input.slice(0, 10);
  // Clocks change at 01:00 UTC: noon UTC that day has the offset 14:00 Berlin time has.
  const { offset } = wallClock(new Date(`${day}T12:00:00Z`));
  const utcHour = 14 - Number(/^UTC\+(\d\d):00$/.exec(offset)?.[1]);
  const at = `${day}T${String(utcHour).padStart(2, '0')}:00:00Z`;
  await page.getByLabel('Restore to…').fill(`${day}T14:00`);
  await expect(
    page.getByText(`Your local time (Europe/Berlin) = ${day} ${at.slice(11, 19)} UTC`),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Find restore points' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]at=${encodeURIComponent(at)}$`));

  const before = page.getByRole('region', { name: 'Newest restore point at or before it' });
  await expect(before.getByText(/ earlier$/)).toBeVisible();
  await expect(before.getByRole('link', { name: 'Legacy Apps' })).toBeVisible();
  await before.getByRole('button', { name: 'Copy for ticket' }).click();
  await expect(page.getByText('Copied for the ticket')).toBeVisible();
  const ticket = await page.evaluate(() => navigator.clipboard.readText());
  const lines = ticket.trimEnd().split('\n');
  expect(lines.slice(0, 3)).toEqual([
    'VM: legacy-app01',
    `Restore to (local): ${day} 14:00:00 Europe/Berlin (${offset})`,
    `Restore to (UTC): ${day} ${at.slice(11, 19)} UTC`,
  ]);
  expect(lines[3]).toMatch(
    /^Newest restore point at or before it: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \((\d+ h )?\d+ min earlier\)$/,
  );
  expect(lines[4]).toMatch(/^First restore point after it: .+ UTC \(.+ later\)$/);
  expect(ticket).toMatch(/^Backup: Legacy Apps$/m);
  expect(ticket).toContain(
    `\nLink: ${new URL(`/vms/legacy-app01?rpo=24&at=${encodeURIComponent(at)}`, page.url()).href}\n`,
  );
});

test('costs no request beyond the VM-name index, whatever the operator filters, sorts or exports', async ({
  page,
}) => {
  const api: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) api.push(url);
  });
  await signInToOverview(page);
  // Landing: the sign-in and the index sweep (run by a worker: its requests are seen here
  // too), never a query about one VM.
  expect(api.some((url) => url.searchParams.get('type') === 'VmRestorePoint')).toBe(true);
  const perVm = api.filter((url) => url.searchParams.get('filter')?.includes('VmName'));
  expect(perVm).toEqual([]);

  api.length = 0;
  await page.getByRole('button', { name: /Outside objective/ }).click();
  await expect(main(page).getByRole('table', { name: 'VMs outside the objective' })).toBeVisible();
  await page.getByRole('button', { name: /Likely retired/ }).click();
  await expect(main(page).getByRole('table', { name: 'VMs likely retired' })).toBeVisible();
  await page.getByRole('button', { name: /Likely retired/ }).click();
  await main(page).getByRole('button', { name: 'vbr-branch.corp.local' }).click();
  await expect(
    main(page).getByRole('table', { name: 'All VMs on vbr-branch.corp.local' }),
  ).toBeVisible();
  await main(page)
    .getByRole('textbox', { name: /^VM name in/ })
    .fill('0');
  await main(page).getByRole('button', { name: /^Age/ }).click();
  await expect(page).toHaveURL(/sort=age/);
  const downloadEvent = page.waitForEvent('download');
  await main(page).getByRole('button', { name: 'Export CSV' }).click();
  await downloadEvent;
  await page.getByRole('textbox', { name: /Recovery point objective/ }).fill('48');
  await expect(page).toHaveURL(/rpo=48/);
  // Counted once the page shows the new objective, not while it still shows the old one.
  await expect(main(page).getByText('Newest restore point older than 48 h (2 d)')).toBeVisible();
  expect(api.map((url) => url.href)).toEqual([]);
});
