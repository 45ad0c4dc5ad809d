import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Not a behaviour test: renders every page of the demo in light and dark,
 * narrow and wide, into screenshots/ so a person can look at them
 * (`npm run screenshots`). Each shot waits for the page's heading; one test
 * per page keeps each within the usual test timeout.
 */
const viewports = { wide: { width: 1440, height: 900 }, narrow: { width: 390, height: 844 } };
const schemes = ['light', 'dark'] as const;

/** Signs in with the demo account onto `from` (Enterprise Manager) or the restore points. */
async function signIn(page: Page, kind: 'em' | 'm365' = 'em', from = '/backups') {
  await page.goto(kind === 'em' ? `/login?from=${encodeURIComponent(from)}` : '/login?kind=m365');
  await page.getByRole('button', { name: 'Use demo account' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(kind === 'em' ? from : '/m365/restore-points');
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

const points = (page: Page) => page.getByRole('table', { name: 'Restore points of SQL Daily' });
const m365Rows = (page: Page) =>
  page.getByRole('table', { name: 'Microsoft 365 restore points' }).getByRole('row');

test('login', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Use demo account' })).toBeVisible();
  await shoot(page, 'login');
});

test('the estate overview', async ({ page }) => {
  await signIn(page, 'em', '/overview');
  await expect(page.getByRole('main').getByText(/^Names as of /)).toBeVisible();
  await shoot(page, 'overview');
});

test('the Microsoft 365 overview', async ({ page }) => {
  await signIn(page, 'm365');
  await page.goto('/m365/overview');
  await expect(page.getByRole('main').getByRole('table').first()).toBeVisible();
  await shoot(page, 'm365-overview');
});

test('backups and a backup', async ({ page }) => {
  await signIn(page);
  await shoot(page, 'backups');
  await page.getByRole('main').getByRole('link', { name: 'SQL Daily' }).click();
  await expect(points(page).getByRole('row').nth(1).getByRole('time')).toBeVisible();
  await shoot(page, 'backup');
});

test('a restore point and a VM restore point', async ({ page }) => {
  await signIn(page);
  await page.getByRole('main').getByRole('link', { name: 'SQL Daily' }).click();
  await points(page).getByRole('row').nth(1).getByRole('link').click();
  const vms = page.getByRole('table', { name: /VM restore points of/ });
  await expect(vms.getByRole('row').nth(1).getByRole('time')).toBeVisible();
  await shoot(page, 'restore-point');
  await vms.getByRole('link', { name: 'sql01', exact: true }).click();
  await expect(page.getByText('VM restore point', { exact: true })).toBeVisible();
  await shoot(page, 'vm-restore-point');
  await page
    .getByRole('region', { name: 'Where it belongs' })
    .getByRole('link', { name: /\.(vbk|vib|vrb)$/ })
    .click();
  await expect(page.getByText('Backup file', { exact: true })).toBeVisible();
  await shoot(page, 'backup-file');
});

test('a VM and the header search', async ({ page }) => {
  await signIn(page);
  await page.goto('/vms/legacy-app01');
  await shoot(page, 'vm');
  await page.setViewportSize(viewports.wide);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('combobox', { name: 'Find a VM' }).fill('sql');
  await expect(page.getByRole('listbox', { name: 'Matching VMs' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/header-search-light-wide.png' });
});

test('Microsoft 365 restore points and a restore point', async ({ page }) => {
  await signIn(page, 'm365');
  await expect(m365Rows(page).nth(1)).toBeVisible();
  await shoot(page, 'm365-restore-points');
  await m365Rows(page).nth(1).click();
  await expect(page.getByRole('dialog', { name: 'Restore point' })).toBeVisible();
  await shoot(page, 'm365-restore-point-drawer');
});

test('a Microsoft 365 organization', async ({ page }) => {
  await signIn(page, 'm365');
  await m365Rows(page).nth(1).click();
  await page
    .getByRole('dialog', { name: 'Restore point' })
    .getByRole('link', { name: /^(Contoso|Fabrikam|Northwind Traders)$/ })
    .first()
    .click();
  await expect(page.getByRole('figure')).toBeVisible();
  await shoot(page, 'm365-organization');
});

test('an error page', async ({ page }) => {
  await signIn(page);
  await page.goto('/backups/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('alert')).toBeVisible();
  await shoot(page, 'not-found-error');
});
