import type { Page } from '@playwright/test';
import { expect, expectEveryCell, expectNoViolations, main, openShared, test } from './fixtures';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** The demo build: the mock runs in the browser's service worker, no server at all. */
test.describe('demo mode', () => {
  test('shows the demo credentials and signs in with them', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('Demo mode: sample data, no Veeam server')).toBeVisible();
    await expect(page.getByText('DEMO\\operator')).toBeVisible();
    await page.getByRole('button', { name: 'Use demo account' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await page.getByRole('link', { name: 'Backups' }).click();
    // The overview links SQL Daily too: the backups list is there once its heading is.
    await expect(heading(page)).toHaveText('Backups');
    await expect(main(page).getByRole('link', { name: 'SQL Daily' })).toBeVisible();
    await expect(page.getByText('Demo', { exact: true })).toBeVisible();

    // Same data after a reload, still signed in.
    await page.reload();
    await expect(main(page).getByRole('link', { name: 'SQL Daily' })).toBeVisible();
  });

  test('a scenario shows a server error with a clear message', async ({ page }) => {
    await page.goto('/login?scenario=serverError&from=%2Fbackups');
    await page.getByRole('button', { name: 'Use demo account' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('The server had a problem (500)');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  });
});

test.describe('a browser without service workers', () => {
  test.use({ serviceWorkers: 'block' });

  test('says why the demo cannot start, not a blank page', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('alert')).toHaveText(
      /^The demo could not start its built-in mock server in this browser/,
    );
  });
});

test.describe('every page of the demo passes an accessibility scan', () => {
  test('the login page', async ({ page }) => {
    await page.goto('/login');
    await expect(heading(page)).toHaveText('Restore Point Explorer');
    await expectNoViolations(page, 'the login page');
  });

  test('the backups list and a backup', async ({ emPage: page }) => {
    await openShared(page, '/backups');
    await expect(heading(page)).toHaveText('Backups');
    await expectNoViolations(page, 'the backups list');

    await main(page).getByRole('link', { name: 'SQL Daily' }).click();
    const points = page.getByRole('table', { name: 'Restore points of SQL Daily' });
    await expect(points.getByRole('row').nth(1).getByRole('time')).toBeVisible();
    await expectNoViolations(page, 'a backup');
  });

  test('a restore point and a VM restore point', async ({ emPage: page }) => {
    await openShared(page, '/backups');
    await main(page).getByRole('link', { name: 'SQL Daily' }).click();
    await page
      .getByRole('table', { name: 'Restore points of SQL Daily' })
      .getByRole('row')
      .nth(1)
      .getByRole('link')
      .click();
    const vms = page.getByRole('table', { name: /VM restore points of/ });
    await expect(vms).toBeVisible();
    await expectNoViolations(page, 'a restore point');

    await vms.getByRole('link', { name: 'sql01', exact: true }).click();
    await expect(heading(page)).toContainText('sql01@');
    await expectNoViolations(page, 'a VM restore point');
  });

  test('a backup file and a backup server', async ({ emPage: page }) => {
    await openShared(page, '/backups');
    await main(page).getByRole('link', { name: 'Exchange Reverse' }).click();
    const files = page.getByRole('table', { name: 'Backup files of Exchange Reverse' });
    await files.getByRole('link').first().click();
    await expect(page.getByText('Backup file', { exact: true })).toBeVisible();
    await expectNoViolations(page, 'a backup file');

    await page.goto('/backups');
    await main(page).getByRole('link', { name: 'vbr-hq.corp.local' }).first().click();
    await expect(heading(page)).toHaveText('vbr-hq.corp.local');
    await expectNoViolations(page, 'a backup server');
  });

  test('the estate overview', async ({ emPage: page }) => {
    await openShared(page, '/overview');
    await expect(heading(page)).toHaveText('Overview');
    await expect(main(page).getByText(/^Names as of /)).toBeVisible();
    await expectNoViolations(page, 'the estate overview');
  });

  test('the header search with its results', async ({ emPage: page }) => {
    await openShared(page, '/backups');
    await page.getByRole('combobox', { name: 'Find a VM' }).fill('sql');
    await expect(page.getByRole('listbox', { name: 'Matching VMs' })).toBeVisible();
    await expectNoViolations(page, 'the header search with its results');
  });

  // A page of its own: the VM page is the largest to scan.
  test('a VM', async ({ emPage: page }) => {
    await openShared(page, '/vms/sql01');
    await expect(heading(page)).toHaveText('sql01');
    await expect(page.getByText('Within objective')).toBeVisible();
    await expect(page.getByRole('figure')).toBeVisible();
    await expectNoViolations(page, 'a VM');
  });

  test('an unknown VM and the VM search results', async ({ emPage: page }) => {
    await openShared(page, '/vms/no-such-vm');
    await expect(page.getByText("No restore points found for VM 'no-such-vm'.")).toBeVisible();
    await expectNoViolations(page, 'an unknown VM');

    await page.goto('/vms?q=sql');
    await expect(page.getByRole('table', { name: 'VMs matching “sql”' })).toBeVisible();
    await expectNoViolations(page, 'the VM search results');
  });

  test('the error pages', async ({ emPage: page }) => {
    await openShared(page, '/backups/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('alert')).toContainText('Not found');
    await expectNoViolations(page, 'an unknown backup');

    await page.goto('/no/such/page');
    await expect(heading(page)).toHaveText('Page not found');
    await expectNoViolations(page, 'an unknown page');
  });

  test('the Microsoft 365 restore points and a restore point panel', async ({ m365Page: page }) => {
    await openShared(page, '/m365/restore-points');
    const table = page.getByRole('table', { name: 'Microsoft 365 restore points' });
    const first = table.getByRole('row').nth(1);
    await expect(first).toBeVisible();
    await expectNoViolations(page, 'the Microsoft 365 restore points');

    await first.getByRole('cell').nth(2).click();
    const panel = page.getByRole('dialog', { name: 'Restore point' });
    await expect(panel.getByRole('table', { name: 'Links' })).toBeVisible();
    await expectNoViolations(page, 'a restore point panel');
  });

  test('a Microsoft 365 organization and repository', async ({ m365Page: page }) => {
    await openShared(page, '/m365/restore-points');
    await page.getByRole('combobox', { name: 'Organization' }).click();
    await page.getByRole('option', { name: 'Fabrikam', exact: true }).click();
    // Every organization's rows stay on screen until Fabrikam's arrive: open one of Fabrikam's.
    const table = page.getByRole('table', { name: 'Microsoft 365 restore points' });
    await expectEveryCell(table.locator('tbody tr td:nth-child(2)'), 'Fabrikam');
    await table.getByRole('row').nth(1).click();
    await page
      .getByRole('dialog', { name: 'Restore point' })
      .getByRole('link', { name: 'Fabrikam', exact: true })
      .click();
    await expect(heading(page)).toHaveText('Fabrikam');
    await expect(page.getByRole('figure')).toBeVisible();
    await expectNoViolations(page, 'an organization');

    await page
      .getByRole('region', { name: 'Exchange', exact: true })
      .getByRole('link', { name: 'Branch Office Repository' })
      .click();
    await expect(heading(page)).toHaveText('Branch Office Repository');
    await expectNoViolations(page, 'a repository');
  });
});
