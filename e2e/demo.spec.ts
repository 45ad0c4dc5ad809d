import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** The demo build: the mock runs in the browser's service worker, no server at all. */
test.describe('demo mode', () => {
  test('shows the demo credentials and signs in with them', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('Demo mode: sample data, no Veeam server')).toBeVisible();
    await expect(page.getByText('DEMO\\operator')).toBeVisible();
    await page.getByRole('button', { name: 'Use demo account' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'SQL Daily' })).toBeVisible();
    await expect(page.getByText('Demo', { exact: true })).toBeVisible();

    // Same data after a reload, still signed in.
    await page.reload();
    await expect(page.getByRole('main').getByRole('link', { name: 'SQL Daily' })).toBeVisible();
  });

  test('a scenario shows a server error with a clear message', async ({ page }) => {
    await page.goto('/login?scenario=serverError');
    await page.getByRole('button', { name: 'Use demo account' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('The server had a problem (500)');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  });

  test('the main pages pass an accessibility scan', async ({ page }) => {
    await page.goto('/login');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Restore Point Explorer' }),
    ).toBeVisible();
    const scan = async () => {
      const result = await new AxeBuilder({ page }).analyze();
      expect(
        result.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes[0]?.target.join(' ') ?? ''} ${violation.nodes[0]?.any[0]?.message ?? ''} ${violation.nodes[0]?.html ?? ''}`,
        ),
      ).toEqual([]);
    };
    await scan();
    await page.getByRole('button', { name: 'Use demo account' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
    await scan();
    await page.getByRole('main').getByRole('link', { name: 'SQL Daily' }).click();
    await expect(
      page.getByRole('table', { name: 'Restore points of SQL Daily' }).locator('time').first(),
    ).toBeVisible();
    await scan();
  });
});
