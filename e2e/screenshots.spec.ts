import { expect, test, type Page } from '@playwright/test';

/**
 * Not a behaviour test: renders every page of the demo in light and dark,
 * narrow and wide, into screenshots/ so a person can look at them
 * (`npm run screenshots`). Each shot waits for the page's heading.
 */
const viewports = { wide: { width: 1440, height: 900 }, narrow: { width: 390, height: 844 } };
const schemes = ['light', 'dark'] as const;

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Use demo account' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
}

async function shoot(page: Page, name: string) {
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [size, viewport] of Object.entries(viewports)) {
      await page.setViewportSize(viewport);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.screenshot({ path: `screenshots/${name}-${scheme}-${size}.png` });
    }
  }
}

test('screenshots of every page', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'login');
  await signIn(page);
  await shoot(page, 'backups');
  await page.getByRole('main').getByRole('link', { name: 'SQL Daily' }).click();
  await expect(
    page.getByRole('table', { name: 'Restore points of SQL Daily' }).locator('time').first(),
  ).toBeVisible();
  await shoot(page, 'backup');
  await page
    .getByRole('table', { name: 'Restore points of SQL Daily' })
    .getByRole('row')
    .nth(1)
    .getByRole('link')
    .click();
  await expect(
    page
      .getByRole('table', { name: /VM restore points of/ })
      .locator('time')
      .first(),
  ).toBeVisible();
  await shoot(page, 'restore-point');
  await page
    .getByRole('table', { name: /VM restore points of/ })
    .getByRole('link', { name: 'sql01', exact: true })
    .click();
  await expect(page.getByText('VM restore point', { exact: true })).toBeVisible();
  await shoot(page, 'vm-restore-point');
  await page
    .getByRole('region', { name: 'Where it belongs' })
    .getByRole('link', { name: /\.(vbk|vib|vrb)$/ })
    .click();
  await expect(page.getByText('Backup file', { exact: true })).toBeVisible();
  await shoot(page, 'backup-file');
  await page.goto('/vms/legacy-app01');
  await shoot(page, 'vm');
  await page.setViewportSize(viewports.wide);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('combobox', { name: 'Find a VM' }).fill('sql');
  await expect(page.getByRole('listbox', { name: 'Matching VMs' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/header-search-light-wide.png' });
  await page.goto('/login?kind=m365');
  await page.getByRole('button', { name: 'Use demo account' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Restore points' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Microsoft 365 restore points' })).toBeVisible();
  await shoot(page, 'm365-restore-points');
  await page
    .getByRole('table', { name: 'Microsoft 365 restore points' })
    .locator('tbody')
    .getByRole('row')
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shoot(page, 'm365-restore-point-drawer');
  const organization = await page
    .getByRole('dialog')
    .getByRole('link', { name: /Contoso|Fabrikam|Northwind/ })
    .first()
    .getAttribute('href');
  await page.goto(organization ?? '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'm365-organization');
  await page.goto('/backups/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('alert')).toBeVisible();
  await shoot(page, 'not-found-error');
});
