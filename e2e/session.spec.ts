import { emToken, expect, fillSignIn, signInEm, test } from './fixtures';

test.describe('the Enterprise Manager session', () => {
  test('sign-out ends the server session too', async ({ page, request }) => {
    await signInEm(page);
    const token = await emToken(page);
    const before = await request.get('/api/backups', {
      headers: { 'X-RestSvcSessionId': token, Accept: 'application/json' },
    });
    expect(before.status()).toBe(200);

    // The app leaves for the login page at once and ends the session on the way: wait for that.
    const ended = page.waitForResponse(
      (response) =>
        response.request().method() === 'DELETE' &&
        new URL(response.url()).pathname.startsWith('/api/logonSessions/'),
    );
    await page.getByRole('button', { name: 'Sign out of Enterprise Manager' }).click();
    await expect(page).toHaveURL(/\/login/);
    expect((await ended).status()).toBe(204);
    expect(await page.evaluate(() => sessionStorage.getItem('rpe.session.em'))).toBeNull();

    const after = await request.get('/api/backups', {
      headers: { 'X-RestSvcSessionId': token, Accept: 'application/json' },
    });
    expect(after.status()).toBe(401);
  });

  test('an expired session returns to the login screen with a notice, then back to the same page', async ({
    page,
    request,
  }) => {
    await signInEm(page);
    await page.getByRole('main').getByRole('link', { name: 'Legacy Apps' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Legacy Apps' })).toBeVisible();

    // The server forgets the session (as after 15 idle minutes).
    const token = await emToken(page);
    const sessionId = Buffer.from(token, 'base64').toString('utf8');
    const ended = await request.delete(`/api/logonSessions/${sessionId}`, {
      headers: { 'X-RestSvcSessionId': token },
    });
    expect(ended.status()).toBe(204);

    // The next navigation meets a 401.
    const point = page
      .getByRole('table', { name: 'Restore points of Legacy Apps' })
      .getByRole('row')
      .nth(1)
      .getByRole('link');
    const pointName = (await point.textContent()) ?? '';
    const pointPath = (await point.getAttribute('href')) ?? '';
    expect(pointPath).toMatch(/^\/restore-points\/[0-9a-f-]{36}$/);
    await point.click();
    await expect(page).toHaveURL(/\/login\?/);
    expect(new URL(page.url()).searchParams.get('from')).toBe(pointPath);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your session has ended' }),
    ).toBeVisible();
    await fillSignIn(page);
    // Back on exactly the page the user was headed for.
    await expect(page).toHaveURL(new URL(pointPath, page.url()).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pointName);
  });

  test('a signed-out visitor is sent to sign in and then to the page asked for', async ({
    page,
  }) => {
    await page.goto('/backups?q=SQL');
    await expect(page).toHaveURL(/\/login\?from=%2Fbackups%3Fq%3DSQL/);
    await fillSignIn(page);
    await expect(page).toHaveURL(/\/backups\?q=SQL$/);
    await expect(page.getByLabel('Backup name in Backups')).toHaveValue('SQL');
  });
});
