import { expect, openShared, test } from './fixtures';

/** The backups list's page from the query service. */
const backupsQuery = (url: URL) =>
  url.pathname === '/api/query' && url.searchParams.get('type') === 'Backup';

test.describe('bad input and failing servers get a clear message, never a white screen', () => {
  test('an unknown ID in the URL says not found, and the app keeps working', async ({
    emPage: page,
  }) => {
    await openShared(page, '/backups/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('alert')).toContainText('Not found');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Backups' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  });

  test('a malformed ID in the URL says not found', async ({ emPage: page }) => {
    await openShared(page, '/vm-restore-points/not-a-guid%20at%20all');
    await expect(page.getByRole('alert')).toContainText('Not found');
  });

  test('an unknown page says so', async ({ emPage: page }) => {
    await openShared(page, '/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('a server error shows the status and a retry that works', async ({ emPage: page }) => {
    await page.route(backupsQuery, (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({
          FirstChanceExceptionMessage: null,
          Message: 'Object reference not set to an instance of an object.',
          StackTrace: null,
          Status: null,
          StatusCode: 500,
        }),
      }),
    );
    await openShared(page, '/backups');
    await expect(page.getByRole('alert')).toContainText('The server had a problem (500)');
    await page.unroute(backupsQuery);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  });

  test('HTML instead of JSON is explained', async ({ emPage: page }) => {
    await page.route('**/api/backupFiles/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Proxy login</title>',
      }),
    );
    await openShared(page, '/backup-files/00000000-0000-4000-8000-000000000001');
    await expect(page.getByRole('alert')).toContainText(
      'This does not look like Enterprise Manager',
    );
  });

  test('a network failure is explained', async ({ emPage: page }) => {
    await page.route('**/api/restorePoints/**', (route) => route.abort('connectionreset'));
    await openShared(page, '/restore-points/00000000-0000-4000-8000-000000000002');
    await expect(page.getByRole('alert')).toContainText('Cannot reach Enterprise Manager');
  });

  test('one backup the app cannot read is left out and said so; the rest are listed', async ({
    emPage: page,
  }) => {
    await page.route(backupsQuery, async (route) => {
      const response = await route.fetch();
      const body = JSON.parse((await response.text()).replace(/^\uFEFF/, '')) as {
        Entities: { Backups: { Backups: Record<string, unknown>[] } };
      };
      delete body.Entities.Backups.Backups[0]?.Name;
      await route.fulfill({ response, body: JSON.stringify(body) });
    });
    await openShared(page, '/backups');
    const note = page.getByRole('status').filter({ hasText: '1 row could not be read' });
    await expect(note).toBeVisible();
    await note.getByText('Details').click();
    await expect(note).toContainText('Name');
    await expect(page.getByRole('table', { name: 'Backups' }).getByRole('row')).not.toHaveCount(1);
  });

  test('a response the app cannot read at all names what is wrong', async ({ emPage: page }) => {
    await page.route(backupsQuery, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"Entities":"none"}' }),
    );
    await openShared(page, '/backups');
    await expect(page.getByRole('alert')).toContainText(
      'The server sent data this app does not understand',
    );
    await page
      .getByRole('alert')
      .getByText(/^Details/)
      .click();
    await expect(page.getByRole('alert')).toContainText('Entities');
  });

  test('a 403 explains the roles needed', async ({ emPage: page }) => {
    await page.route(backupsQuery, (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/json',
        body: '{"Message":"Access denied","StatusCode":403}',
      }),
    );
    await openShared(page, '/backups');
    await expect(page.getByRole('alert')).toContainText('Restore Operator');
  });
});
