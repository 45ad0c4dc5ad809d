import { expect, main, openShared, test } from './fixtures';

test.describe('drilling down and back up', () => {
  test('backups → restore point → VM restore point → backup file, and back up by links and breadcrumbs', async ({
    emPage: page,
  }) => {
    await openShared(page, '/backups');

    // Backups list: filter, then open one.
    await page.getByLabel('Backup name in Backups').fill('SQL Daily');
    await expect(page).toHaveURL(/q=SQL\+Daily/);
    await main(page).getByRole('link', { name: 'SQL Daily' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'SQL Daily' })).toBeVisible();
    await expect(main(page).getByText('VMware vSphere')).toBeVisible();

    // Restore points newest first; the date column fills from the query service.
    const points = page.getByRole('table', { name: 'Restore points of SQL Daily' });
    await expect(points.getByRole('columnheader', { name: /Backup date/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(points.locator('time').first()).toBeVisible();
    const newest = points.getByRole('row').nth(1).getByRole('link');
    const newestName = (await newest.textContent()) ?? '';
    await newest.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(newestName);
    await expect(page.getByRole('link', { name: 'SQL Daily' }).first()).toBeVisible();

    // Its VM restore points → sql01.
    const vms = page.getByRole('table', { name: /VM restore points of/ });
    await vms.getByRole('link', { name: 'sql01', exact: true }).click();
    await expect(page.getByText('VM restore point', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('sql01@');
    for (const label of [
      'Point type',
      'Algorithm',
      'UID',
      'Hierarchy object reference',
      'Created',
    ]) {
      await expect(main(page).getByText(label, { exact: true }).first()).toBeVisible();
    }
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link', { name: 'SQL Daily' })).toBeVisible();

    // Up to the backup file, then back down to a VM restore point, then to the server.
    const belongs = page.getByRole('region', { name: 'Where it belongs' });
    const fileName = /^SQL DailyD.*\.(vbk|vib|vrb)$/;
    await belongs.getByRole('link', { name: fileName }).click();
    // The VM restore point has a "Backup file" label too: the file's page is there once its name is.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fileName);
    await expect(page.getByText('Backup file', { exact: true })).toBeVisible();
    await page
      .getByRole('table', { name: /VM restore points in/ })
      .getByRole('link', { name: 'sql02', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('sql02@');
    await page
      .getByRole('region', { name: 'Where it belongs' })
      .getByRole('link', { name: 'vbr-hq.corp.local' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'vbr-hq.corp.local' })).toBeVisible();
    await expect(main(page).getByRole('link', { name: 'SQL Daily' })).toBeVisible();

    // Back up through the breadcrumbs.
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Backups' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  });

  test('a restore point links up to its backup and backup server, and a backup lists its files', async ({
    emPage: page,
  }) => {
    await openShared(page, '/backups');
    await main(page).getByRole('link', { name: 'Exchange Reverse' }).click();
    const files = page.getByRole('table', { name: 'Backup files of Exchange Reverse' });
    await expect(files.getByRole('cell', { name: 'vrb' }).first()).toBeVisible();
    await page
      .getByRole('table', { name: 'Restore points of Exchange Reverse' })
      .getByRole('row')
      .nth(1)
      .getByRole('link')
      .click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByText('Backup date')).toBeVisible();
    await details.getByRole('link', { name: 'Exchange Reverse' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exchange Reverse' })).toBeVisible();
  });

  test('lists sort by any column and keep their state in a shareable URL', async ({
    emPage: page,
  }) => {
    await openShared(page, '/backups');
    await page.getByRole('button', { name: /^Platform/ }).click();
    await expect(page).toHaveURL(/sort=platform&dir=asc/);
    const url = page.url();
    await page.goto(url);
    await expect(page.getByRole('columnheader', { name: /Platform/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  test('an empty backup shows an empty state', async ({ emPage: page }) => {
    await openShared(page, '/backups');
    await main(page).getByRole('link', { name: 'Decommissioned Cluster' }).click();
    await expect(page.getByText('No restore points', { exact: true })).toBeVisible();
  });
});
