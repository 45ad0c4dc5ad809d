import { expect, main, openShared, test, wallClock } from './fixtures';

/** `2025-06-16 14:00` in the browser's zone, written independently of the app's formatter. */
const localText = (iso: string) => wallClock(new Date(iso)).input.replace('T', ' ');
/** `2025-06-16 12:00:00 UTC`. */
const utcText = (iso: string) =>
  `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC`;

test('times show in local time with UTC on hover, or in UTC after the switch, kept across visits', async ({
  emPage: page,
}) => {
  await openShared(page, '/backups');
  await main(page).getByRole('link', { name: 'SQL Daily' }).click();
  const points = page.getByRole('table', { name: 'Restore points of SQL Daily' });
  const time = points.getByRole('row').nth(1).getByRole('time');
  await expect(time).toBeVisible();
  const iso = (await time.getAttribute('datetime')) ?? '';
  expect(iso).toMatch(/^2025-06-1\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  // Europe/Berlin is two hours ahead of UTC in June: the two texts differ.
  expect(localText(iso)).not.toBe(utcText(iso).slice(0, 16));

  await expect(time).toHaveText(localText(iso));
  await expect(time).toHaveAttribute('title', utcText(iso));

  const zone = page.getByRole('radiogroup', { name: 'Show times in' });
  await zone.getByText('UTC', { exact: true }).click();
  await expect(zone.getByRole('radio', { name: 'UTC' })).toBeChecked();
  await expect(time).toHaveText(utcText(iso));
  await expect(time).toHaveAttribute('title', `${localText(iso)} local time`);

  // A display preference: still UTC on the next visit.
  await page.reload();
  await expect(time).toHaveText(utcText(iso));
});

test('two tables on one page each keep their page, sort and filter in the URL', async ({
  emPage: page,
}) => {
  await openShared(page, '/backups');
  await main(page).getByRole('link', { name: 'Web Farm' }).click();
  const points = page.getByRole('table', { name: 'Restore points of Web Farm' });
  const files = page.getByRole('table', { name: 'Backup files of Web Farm' });
  const pointPages = page.getByLabel('Restore points of Web Farm pages');
  const firstPoint = points.getByRole('row').nth(1).getByRole('link');
  await expect(points.getByRole('row')).toHaveCount(26); // a full page of 25
  const firstOfPageOne = (await firstPoint.textContent()) ?? '';

  // Restore points: the next page.
  await pointPages.getByRole('button', { name: 'next page' }).click();
  await expect(page).toHaveURL(/[?&]rp-page=2(&|$)/);
  await expect(firstPoint).not.toHaveText(firstOfPageOne);
  const firstOfPageTwo = (await firstPoint.textContent()) ?? '';

  // Backup files: sorted by size, then filtered (within the page shown: the file list pages
  // on the server and has no server filter); the restore points stay on page 2.
  await files.getByRole('button', { name: /^Backup size/ }).click();
  await expect(page).toHaveURL(/[?&]bf-sort=size&bf-dir=asc(&|$)/);
  await page.getByRole('textbox', { name: 'Filter Backup files of Web Farm' }).fill('.vib');
  await expect(page).toHaveURL(/[?&]bf-q=\.vib(&|$)/);
  await expect(files.getByRole('row').filter({ hasNotText: '.vib' })).toHaveCount(1); // the header
  await expect(files.getByRole('row').nth(1)).toContainText('.vib');
  expect(new URL(page.url()).searchParams.get('rp-page')).toBe('2');
  await expect(firstPoint).toHaveText(firstOfPageTwo);

  // The URL is the state of both: a reload (or a shared link) shows the same.
  await page.reload();
  await expect(firstPoint).toHaveText(firstOfPageTwo);
  await expect(files.getByRole('columnheader', { name: /Backup size/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(page.getByRole('textbox', { name: 'Filter Backup files of Web Farm' })).toHaveValue(
    '.vib',
  );

  // The last page holds the rest; page 1 drops the parameter again.
  await pointPages.getByRole('button', { name: '14', exact: true }).click();
  await expect(page).toHaveURL(/[?&]rp-page=14(&|$)/);
  await expect(points.getByRole('row')).toHaveCount(1 + 11); // 336 restore points, 25 a page
  await pointPages.getByRole('button', { name: '1', exact: true }).click();
  await expect(firstPoint).toHaveText(firstOfPageOne);
  await expect(page).not.toHaveURL(/[?&]rp-page=/);
  expect(new URL(page.url()).searchParams.get('bf-q')).toBe('.vib');
});
