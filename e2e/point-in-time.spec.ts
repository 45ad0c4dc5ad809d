import { type Page } from '@playwright/test';
import {
  expect,
  main,
  MOCK_NOW,
  openShared,
  openSignedInEm,
  signInM365,
  test,
  wallClock,
} from './fixtures';

/**
 * "Can we restore X to Tuesday 14:00?" (issue #10), as a link a colleague opens. The demo's
 * print01 is backed up daily at about 14:35 UTC except from 9 to 5 days ago; Fabrikam's Teams
 * job in Microsoft 365 has failed for three days.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** `days` days ago at `hour`:00 UTC, as the URL writes it. */
function daysAgoAt(days: number, hour: number): string {
  const date = new Date(MOCK_NOW.getTime() - days * 24 * 3_600_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString().replace('.000Z', 'Z');
}

const beforeSide = (page: Page) =>
  page.getByRole('region', { name: 'Newest restore point at or before it' });
const afterSide = (page: Page) =>
  page.getByRole('region', {
    name: /^(First restore point after it|Oldest restore point \(after it\))$/,
  });
const times = async (page: Page) =>
  Promise.all(
    [beforeSide(page), afterSide(page)].map((side) =>
      side.getByRole('time').getAttribute('datetime'),
    ),
  );

test('a link to a time inside a gap gives the points on both sides, the same for a colleague', async ({
  emPage: page,
  openContext,
}) => {
  const at = daysAgoAt(7, 14);
  const link = `/vms/print01?at=${encodeURIComponent(at)}`;
  await openShared(page, link);
  await expect(page.getByRole('heading', { level: 1, name: 'print01' })).toBeVisible();
  await expect(beforeSide(page).getByText(/^\d+ d \d+ h earlier$/)).toBeVisible();
  await expect(afterSide(page).getByText(/^\d+ d \d+ h later$/)).toBeVisible();
  await expect(beforeSide(page).getByRole('link', { name: 'Print Servers' })).toBeVisible();
  const [before, after] = await times(page);
  // The gap: the last run before it is over 8 days old, the first after it under 6.
  const ageDays = (iso?: string | null) =>
    (MOCK_NOW.getTime() - Date.parse(iso ?? '')) / 86_400_000;
  expect(ageDays(before)).toBeGreaterThan(8);
  expect(ageDays(after)).toBeLessThan(6);
  await expect(page.getByLabel('Restore to…')).toHaveValue(wallClock(new Date(at)).input);

  // A colleague in a browser of their own (same pinned clock).
  const other = await (await openContext()).newPage();
  await openSignedInEm(other, link);
  await expect(beforeSide(other).getByText(/ earlier$/)).toBeVisible();
  expect(await times(other)).toEqual([before, after]);
});

test('a time before the oldest point is said in words, and the oldest point offered instead', async ({
  emPage: page,
}) => {
  await openShared(page, '/vms/print01?at=2000-01-01T00%3A00%3A00Z');
  await expect(page.getByText('No restore point at or before that time')).toBeVisible();
  await expect(
    main(page).getByText(/oldest restore point of print01 is newer than that/),
  ).toBeVisible();
  await expect(beforeSide(page)).toContainText(
    'None: the oldest restore point is newer than that.',
  );
  await expect(afterSide(page).getByRole('time')).toBeVisible();
});

test('Microsoft 365: an organization and workload at a time, from the overview, onto the clipboard', async ({
  page,
}) => {
  await signInM365(page);

  await page.getByRole('link', { name: 'Microsoft 365 overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByRole('button', { name: /Organizations outside objective/ }).click();
  const outside = main(page).getByRole('table', { name: 'Organizations outside the objective' });
  await expect(outside.getByRole('row')).toHaveCount(2);
  await outside.getByRole('link', { name: 'Fabrikam' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fabrikam' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Workload' }).click();
  await page.getByRole('option', { name: 'Teams', exact: true }).click();
  await expect(page).toHaveURL(/[?&]workload=teams/);
  const at = daysAgoAt(1, 14);
  await page.getByLabel('Restore to…').fill(wallClock(new Date(at)).input);
  await page.getByRole('button', { name: 'Find restore points' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]at=${encodeURIComponent(at)}`));
  // The Teams job has failed for three days: the point before is days old, none is newer.
  await expect(beforeSide(page).getByText(/^\d+ d \d+ h earlier$/)).toBeVisible();
  await expect(beforeSide(page).getByText('job Fabrikam - Teams')).toBeVisible();
  await expect(afterSide(page)).toContainText('None yet');

  await beforeSide(page).getByRole('button', { name: 'Copy for ticket' }).click();
  await expect(page.getByText('Copied for the ticket')).toBeVisible();
  const ticket = await page.evaluate(() => navigator.clipboard.readText());
  expect(ticket).toMatch(/^Microsoft 365 organization: Fabrikam \(fabrikam\.onmicrosoft\.com\)$/m);
  expect(ticket).toMatch(/^Workload: Teams$/m);
  expect(ticket).toContain(`\nRestore to (UTC): ${at.slice(0, 10)} 14:00:00 UTC\n`);
  expect(ticket).toMatch(/^Newest restore point at or before it: .+ UTC \(\d+ d \d+ h earlier\)$/m);
  expect(ticket).toMatch(/^First restore point after it: none yet$/m);
  expect(ticket).toMatch(/^Job: Fabrikam - Teams$/m);
});
