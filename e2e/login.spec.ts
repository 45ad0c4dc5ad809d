import { emAccount, emToken, expect, fillSignIn, rawStorage, signInEm, test } from './fixtures';

test.describe('signing in to Enterprise Manager', () => {
  test('hints at the account format and keeps the password out of storage and the URL', async ({
    page,
  }) => {
    await page.goto('/login');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Restore Point Explorer' }),
    ).toBeVisible();
    await expect(page.getByText('DOMAIN\\user or user@domain')).toBeVisible();
    await fillSignIn(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    const token = await emToken(page);
    expect(page.url()).not.toContain(emAccount.password);
    expect(page.url()).not.toContain(token);
    // The strings exactly as the browser keeps them: a password inside a JSON value is found too.
    const session = await rawStorage(page, 'sessionStorage');
    const local = await rawStorage(page, 'localStorage');
    expect(session.join('\n')).toContain(token); // the check reads the real storage
    expect(session.filter((value) => value.includes(emAccount.password))).toEqual([]);
    expect(local.filter((value) => value.includes(emAccount.password))).toEqual([]);
    expect(local.filter((value) => value.includes(token))).toEqual([]);
  });

  test('a wrong password gets its own message', async ({ page }) => {
    await page.goto('/login');
    await fillSignIn(page, { username: 'DEMO\\operator', password: 'wrong' });
    await expect(page.getByRole('alert')).toContainText('Wrong user name or password');
    await expect(page.getByRole('alert')).toContainText('DOMAIN\\user or user@domain');
  });

  test('an unreachable server gets its own message', async ({ page }) => {
    await page.route('**/api/sessionMngr/**', (route) => route.abort('connectionrefused'));
    await page.goto('/login');
    await fillSignIn(page);
    await expect(page.getByRole('alert')).toContainText('Cannot reach Enterprise Manager');
  });

  test('a server error gets its own message', async ({ page }) => {
    await page.route('**/api/sessionMngr/**', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ Message: 'Database is offline', StatusCode: 500 }),
      }),
    );
    await page.goto('/login');
    await fillSignIn(page);
    await expect(page.getByRole('alert')).toContainText('The server had a problem (500)');
    await expect(page.getByRole('alert')).toContainText('Database is offline');
  });

  test('a server that answers with a web page or 404 is not Enterprise Manager', async ({
    page,
  }) => {
    await page.route('**/api/sessionMngr/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<html><body>Welcome to nginx</body></html>',
      }),
    );
    await page.goto('/login');
    await fillSignIn(page);
    await expect(page.getByRole('alert')).toContainText(
      'This does not look like Enterprise Manager',
    );
    await expect(page.getByRole('alert')).toContainText('port 9398');

    await page.unroute('**/api/sessionMngr/**');
    await page.route('**/api/sessionMngr/**', (route) =>
      route.fulfill({ status: 404, body: 'Not Found' }),
    );
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'This does not look like Enterprise Manager',
    );
  });

  test('a reload keeps the tab signed in', async ({ page }) => {
    await signInEm(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  });
});
