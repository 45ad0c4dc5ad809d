import { expect, fillSignIn, main, test } from './fixtures';

/**
 * `npm run dev`'s own path: the Vite dev server serving modules as it compiles them,
 * and its proxy forwarding /api to Enterprise Manager (here the HTTPS mock). Every
 * other journey runs on the production build (`preview` project).
 */
test('signs in and drills down through the dev server and its proxy', async ({ page }) => {
  // `load` waits for the module graph the dev server compiles on a first visit. Straight to
  // the backups list: each page on the way is a dev compile and a development-mode render.
  await page.goto('/login?from=%2Fbackups', { waitUntil: 'load' });
  await fillSignIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();

  await main(page).getByRole('link', { name: 'SQL Daily' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SQL Daily' })).toBeVisible();
  const points = page.getByRole('table', { name: 'Restore points of SQL Daily' });
  const newest = points.getByRole('row').nth(1).getByRole('link');
  const newestName = (await newest.textContent()) ?? '';
  expect(newestName).toMatch(/^[A-Z][a-z]{2} [ \d]\d 2025 /);
  await newest.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newestName);
  await expect(page.getByRole('table', { name: /VM restore points of/ })).toBeVisible();
});
