import type { Page, Request } from '@playwright/test';
import {
  MOCK_NOW,
  TIME_ZONE,
  emAccount,
  expect,
  expectEveryCell,
  fillSignIn,
  fillM365SignIn,
  m365Account,
  main,
  openShared,
  rawStorage,
  signInM365,
  test,
} from './fixtures';

/**
 * Microsoft 365: token sign-in, the server-filtered restore point browser, the
 * organization and repository pages. Runs against the mock VB365 behind the
 * Vite proxy (or a real server with E2E_M365_USER / E2E_M365_PASSWORD).
 */
const table = (page: Page) => page.getByRole('table', { name: 'Microsoft 365 restore points' });
const rows = (page: Page) => table(page).locator('tbody').getByRole('row');
/** The cells of one column (1-based) of the table body. */
const column = (page: Page, index: number) =>
  table(page).locator(`tbody tr td:nth-child(${String(index)})`);
/** The table's count: "N rows", or "Page X of Y" while the server gives no total (v8). */
const summary = (page: Page) => main(page).getByTestId('table-summary');

/** The next GET /vN/RestorePoints list call whose query satisfies `test`. */
function listRequest(page: Page, check: (query: URLSearchParams) => boolean): Promise<Request> {
  return page.waitForRequest((request) => {
    const url = new URL(request.url());
    return /^\/v[678]\/RestorePoints$/i.test(url.pathname) && check(url.searchParams);
  });
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function clearFilters(page: Page) {
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/m365\/restore-points$/);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
}

const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

test.describe('Microsoft 365', () => {
  test('signs in with a password grant, detects the API version and keeps tokens out of the URL and localStorage', async ({
    page,
  }) => {
    await page.goto('/login');
    await page.getByRole('radiogroup', { name: 'Server kind' }).getByText('Microsoft 365').click();
    await expect(page.getByText('user@domain', { exact: true })).toBeVisible();
    const token = page.waitForRequest((request) =>
      /\/v8\/token$/i.test(new URL(request.url()).pathname),
    );
    await fillM365SignIn(page);
    const body = new URLSearchParams((await token).postData() ?? '');
    expect(body.get('grant_type')).toBe('password');
    expect((await token).headers()['content-type']).toContain('application/x-www-form-urlencoded');

    await expect(page.getByRole('heading', { level: 1, name: 'Restore points' })).toBeVisible();
    await expect(page.getByText('API v8', { exact: true })).toBeVisible();
    await expect(rows(page).first()).toBeVisible();

    const stored = await page.evaluate(() => sessionStorage.getItem('rpe.session.m365'));
    const session = JSON.parse(stored ?? '{}') as {
      accessToken: string;
      refreshToken: string;
      version: string;
    };
    expect(session.version).toBe('v8');
    expect(page.url()).not.toContain(session.accessToken);
    expect(page.url()).not.toContain(m365Account.password);
    // The strings exactly as the browser keeps them: a password inside a JSON value is found too.
    const local = await rawStorage(page, 'localStorage');
    const tabStorage = await rawStorage(page, 'sessionStorage');
    expect(local.filter((value) => value.includes(session.accessToken))).toEqual([]);
    expect(local.filter((value) => value.includes(m365Account.password))).toEqual([]);
    expect(tabStorage.filter((value) => value.includes(m365Account.password))).toEqual([]);
  });

  test('each sign-in failure has its own message: wrong password, throttled, not VB365', async ({
    page,
  }) => {
    await page.goto('/login?kind=m365');
    await page.getByRole('textbox', { name: 'User name' }).fill(m365Account.username);
    await page.getByRole('textbox', { name: 'Password' }).fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('Wrong user name or password');
    await expect(page.getByRole('alert')).toContainText('user@domain');

    await page.route(/\/v[678]\/token$/i, (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/json',
        body: JSON.stringify({ message: 'Quota Exceeded' }),
      }),
    );
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('Too many sign-in attempts');
    await expect(page.getByRole('alert')).toContainText('Wait a few seconds');

    await page.unroute(/\/v[678]\/token$/i);
    const tried: string[] = [];
    await page.route(/\/v[678]\/token$/i, (route) => {
      tried.push(new URL(route.request().url()).pathname);
      return route.fulfill({
        status: 404,
        contentType: 'text/html',
        body: '<html>Not Found</html>',
      });
    });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'This does not look like Veeam Backup for Microsoft 365',
    );
    expect(tried).toEqual(['/v8/token', '/v7/token', '/v6/token']);
  });

  test('filters by organization and then by one of its jobs on the server, v8', async ({
    m365Page: page,
  }) => {
    await openShared(page, '/m365/restore-points');
    await expect(rows(page)).toHaveCount(25);

    let request = listRequest(page, (query) => query.has('organizationId'));
    await choose(page, 'Organization', 'Fabrikam');
    const fabrikam = new URL((await request).url()).searchParams.get('organizationId');
    expect(fabrikam).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => urlParam(page, 'org')).toBe(fabrikam);
    await expectEveryCell(column(page, 2), 'Fabrikam');

    // The job list offers only Fabrikam's jobs now.
    request = listRequest(page, (query) => query.has('jobId') && query.has('organizationId'));
    await choose(page, 'Job', 'Fabrikam - Teams');
    await request;
    await expectEveryCell(column(page, 3), 'Fabrikam - Teams');
    await expect(column(page, 5).first()).toHaveText('Teams');
  });

  test('filters by repository, long-term copy and retrieved on the server, v8', async ({
    m365Page: page,
  }) => {
    await openShared(page, '/m365/restore-points');
    let request = listRequest(page, (query) => query.has('repositoryId'));
    await choose(page, 'Repository', 'Wasabi Long-Term');
    await request;
    await expectEveryCell(column(page, 4), 'Wasabi Long-Term');

    // Long-term copy: no (nothing in Wasabi is short-term)
    request = listRequest(page, (query) => query.get('isLongTermCopy') === 'false');
    await page
      .getByRole('radiogroup', { name: 'Long-term copy' })
      .getByText('No', { exact: true })
      .click();
    await request;
    await expect.poll(() => urlParam(page, 'longTerm')).toBe('no');
    await expect(
      page.getByRole('status').filter({ hasText: 'No restore points match' }),
    ).toBeVisible();

    // Retrieved: yes, anywhere
    await clearFilters(page);
    request = listRequest(page, (query) => query.get('isRetrieved') === 'true');
    await page
      .getByRole('radiogroup', { name: 'Retrieved' })
      .getByText('Yes', { exact: true })
      .click();
    await request;
    await expect.poll(() => urlParam(page, 'retrieved')).toBe('yes');
    await expect(summary(page)).toHaveText('Page 1 of 1');
    await expect(rows(page)).toHaveCount(3);
    await expect(column(page, 7).filter({ hasNotText: 'Yes' })).toHaveCount(0);
  });

  test('filters by creation time on the server: a preset and a day from the calendar, v8', async ({
    m365Page: page,
  }) => {
    await openShared(page, '/m365/restore-points');
    // Created after: a preset, 24 hours before the browser's (pinned) clock.
    const request = listRequest(page, (query) => query.has('from'));
    await page.getByRole('button', { name: 'Created after' }).click();
    await page.getByRole('button', { name: 'Last 24 hours' }).click();
    const from = new URL((await request).url()).searchParams.get('from');
    const applyAfter = page.getByRole('button', { name: 'Apply the “created after” time' });
    await applyAfter.click();
    // Its calendar fades out: until it has gone, its days are on the page beside the next one's.
    await expect(applyAfter).toBeHidden();
    expect(from).toBe(new Date(MOCK_NOW.getTime() - 86_400_000).toISOString());
    await expect.poll(() => urlParam(page, 'after')).toBe(from);
    await expect(summary(page)).toHaveText('Page 1 of 1');
    expect(await rows(page).count()).toBeLessThan(10);
    const times = table(page).locator('tbody time');
    await expect(times.first()).toBeVisible();
    const shown = await times.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('datetime') ?? ''),
    );
    expect(shown.every((time) => time > (from ?? ''))).toBe(true);

    // Created before: the day before the pinned clock, picked from the calendar. The
    // label comes from the same pinned instant and zone as the app's calendar, never
    // from the test runner's clock, so it cannot fall on the other side of midnight.
    const yesterday = new Date(MOCK_NOW.getTime() - 86_400_000);
    const dayLabel = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: TIME_ZONE,
    }).format(yesterday);
    const before = listRequest(page, (query) => query.has('to') && query.has('from'));
    await page.getByRole('button', { name: 'Created before' }).click();
    await page.getByRole('button', { name: dayLabel, exact: true }).click();
    await before;
    await page.getByRole('button', { name: 'Apply the “created before” time' }).click();
    await expect
      .poll(() => urlParam(page, 'before'))
      .toMatch(/^2025-06-1[45]T\d\d:\d\d:\d\d\.\d{3}Z$/);
    await expect(
      page.getByRole('status').filter({ hasText: 'No restore points match' }),
    ).toBeVisible();
  });

  test('answers “long-term copies of an organization since last Monday” with a link that opens the same view', async ({
    m365Page: page,
    openContext,
  }) => {
    await openShared(page, '/m365/restore-points');
    await choose(page, 'Organization', 'Contoso');
    await page
      .getByRole('radiogroup', { name: 'Long-term copy' })
      .getByText('Yes', { exact: true })
      .click();
    await expect(page).toHaveURL(/longTerm=yes/);
    await page.getByRole('button', { name: 'Created after' }).click();
    await page.getByRole('button', { name: 'Since last Monday' }).click();
    await page.getByRole('button', { name: 'Apply the “created after” time' }).click();
    await expect(page).toHaveURL(/org=.*after=.*longTerm=yes|org=.*longTerm=yes.*after=/);
    // The rows of the view before "created after" (all Contoso copies too) stay on screen until
    // the new answer is in: the shared view is there once the filter shows its time and the
    // table no longer waits for an answer.
    await expect(page.getByRole('button', { name: 'Created after', exact: true })).toHaveText(
      /^\d{4}-\d\d-\d\d \d\d:\d\d$/,
    );
    await expect(table(page)).toHaveAttribute('aria-busy', 'false');
    await expectEveryCell(column(page, 3), 'Contoso - Copy to Wasabi');
    const shared = page.url();
    const expected = await rows(page).allTextContents();

    // Someone else opens the link in a new tab: signs in, and lands on the same view.
    const tab = await (await openContext()).newPage();
    await tab.goto(shared);
    await expect(tab).toHaveURL(/\/login\?/);
    await fillM365SignIn(tab);
    await expect(tab).toHaveURL(shared);
    await expect(tab.getByRole('combobox', { name: 'Organization' })).toHaveValue('Contoso');
    await expect(
      tab.getByRole('radiogroup', { name: 'Long-term copy' }).getByRole('radio', { name: 'Yes' }),
    ).toBeChecked();
    await expect(rows(tab)).toHaveCount(expected.length);
    await expect(rows(tab)).toHaveText(expected);
  });

  test('pages and sorts on the server', async ({ m365Page: page }) => {
    await openShared(page, '/m365/restore-points');
    await expect(summary(page)).toHaveText('Page 1 of 2');
    await expect(rows(page)).toHaveCount(25);
    const first = await rows(page).first().innerText();

    const request = listRequest(
      page,
      (query) => query.get('offset') === '25' && query.get('limit') === '25',
    );
    await page.getByRole('button', { name: 'Next page' }).click();
    await request;
    await expect(summary(page)).toHaveText(/^Page 2 of [23]$/);
    await expect.poll(() => urlParam(page, 'page')).toBe('2');
    await expect(rows(page).first()).not.toHaveText(first);
    const times = () =>
      table(page)
        .locator('tbody time')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    const secondPage = await times();
    expect(secondPage).toHaveLength(25);

    // Sorting asks the server again; the old page stays on screen until the new one
    // arrives (keepPreviousData), so wait for the answer and then for the rows to change.
    const ascendingAnswer = page.waitForResponse((response) => {
      const url = new URL(response.url());
      return (
        /^\/v[678]\/RestorePoints$/i.test(url.pathname) &&
        url.searchParams.get('orderAsc') === 'true' &&
        url.searchParams.get('offset') === '0'
      );
    });
    await table(page)
      .getByRole('button', { name: /Backup time/ })
      .click();
    await ascendingAnswer;
    await expect(table(page).getByRole('columnheader', { name: /Backup time/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(summary(page)).toHaveText('Page 1 of 2');
    // The 25 oldest points, ascending: all older than anything on the newest-first page 2
    // (297 points in all), so the old page can never pass for the new one.
    const oldestOnPageTwo = [...secondPage].sort()[0] ?? '';
    await expect
      .poll(async () => {
        const shown = await times();
        return (
          shown.length === 25 &&
          shown.join() === [...shown].sort().join() &&
          shown.every((time) => time < oldestOnPageTwo)
        );
      })
      .toBe(true);
  });

  test('opens a detail panel from a row with a click, shareable by its URL', async ({
    m365Page: page,
  }) => {
    await openShared(page, '/m365/restore-points');
    await choose(page, 'Repository', 'Wasabi Long-Term');
    await expectEveryCell(column(page, 4), 'Wasabi Long-Term');

    await rows(page).first().getByRole('cell').nth(2).click();
    const panel = page.getByRole('dialog', { name: 'Restore point' });
    await expect(panel).toBeVisible();
    await expect.poll(() => urlParam(page, 'point')).not.toBeNull();
    await expect(panel.getByText('Long-term copy', { exact: true })).toBeVisible();
    await expect(panel.getByText('Immutable until')).toBeVisible();
    await expect(panel.getByRole('link', { name: 'Wasabi Long-Term' })).toBeVisible();
    await expect(panel.getByRole('table', { name: 'Links' })).toContainText('backupRepository');

    // Shareable: a reload opens the same panel.
    await page.reload();
    await expect(panel).toBeVisible();
    await page.getByRole('button', { name: 'Close restore point details' }).click();
    await expect(panel).toBeHidden();
    await expect.poll(() => urlParam(page, 'point')).toBeNull();
  });

  test('opens the detail panel with Enter on a focused row; its organization link leads there', async ({
    m365Page: page,
  }) => {
    await openShared(page, '/m365/restore-points');
    await choose(page, 'Repository', 'Wasabi Long-Term');
    // A focused row of the previous answer is gone once the new answer's rows replace it.
    await expectEveryCell(column(page, 4), 'Wasabi Long-Term');
    await rows(page).nth(1).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Restore point' });
    await expect(panel).toBeVisible();
    await panel.getByRole('link', { name: 'Contoso' }).click();
    await expect(page).toHaveURL(/\/m365\/organizations\//);
    await expect(page.getByRole('heading', { level: 1, name: 'Contoso' })).toBeVisible();
  });

  test('a bad filter value in the URL gets a clear message and the filters still work', async ({
    m365Page: page,
  }) => {
    await openShared(page, '/m365/restore-points?org=not-a-guid&after=last-tuesday');
    const alert = page.getByRole('alert').filter({ hasText: 'The server rejected the request' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('not-a-guid');
    await expect(page.getByText('“not-a-guid” is not a valid organization id.')).toBeVisible();
    await expect(page.getByText('“last-tuesday” is not a date and time')).toBeVisible();

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(alert).toBeHidden();
    await expect(rows(page)).toHaveCount(25);
  });

  test('the organization page shows the newest point per workload and warns about the stale one', async ({
    m365Page: page,
  }) => {
    await openShared(page, '/m365/restore-points');
    await choose(page, 'Organization', 'Fabrikam');
    // Every organization's rows stay on screen until Fabrikam's arrive: open one of Fabrikam's.
    await expectEveryCell(column(page, 2), 'Fabrikam');
    await rows(page).first().click();
    await page
      .getByRole('dialog', { name: 'Restore point' })
      .getByRole('link', { name: 'Fabrikam' })
      .click();

    await expect(page.getByRole('heading', { level: 1, name: 'Fabrikam' })).toBeVisible();
    for (const workload of ['Exchange', 'SharePoint', 'OneDrive', 'Teams']) {
      await expect(
        page.getByRole('heading', { level: 2, name: workload, exact: true }),
      ).toBeVisible();
    }
    await expect(page.getByText('1 of 4 workloads older than the 24 h objective')).toBeVisible();
    const teams = page.getByRole('region', { name: 'Teams', exact: true });
    await expect(teams).toHaveAttribute('data-freshness', 'stale');
    await expect(teams).toContainText('Older than the recovery point objective');
    await expect(page.getByRole('region', { name: 'Exchange', exact: true })).toHaveAttribute(
      'data-freshness',
      'fresh',
    );
    await expect(page.getByRole('figure')).toContainText('Restore points of Fabrikam per workload');

    // A looser objective clears the warning.
    await page.getByRole('textbox', { name: 'Recovery point objective (hours)' }).fill('96');
    await expect(
      page.getByText('Every workload has a restore point within the 4 d objective'),
    ).toBeVisible();

    // The repository page.
    await page
      .getByRole('region', { name: 'Exchange', exact: true })
      .getByRole('link', { name: 'Branch Office Repository' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Branch Office Repository' }),
    ).toBeVisible();
    await expect(page.getByText('Item-level')).toBeVisible();
    await page.getByRole('link', { name: 'Restore points in this repository' }).click();
    await expect(column(page, 4).first()).toHaveText('Branch Office Repository');
  });

  test('API v6: bare arrays, backupTime in yyyy-MM-dd HH:mm:ss.SSS UTC, paging in the browser', async ({
    page,
  }) => {
    await signInM365(page, 'v6');
    await expect(page.getByText('API v6', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Created before' })).toHaveCount(0);
    // One answer holds every point: the table scrolls through it (only the rows in view exist).
    await expect(summary(page)).toHaveText(/^\d+ rows$/);

    const request = listRequest(page, (query) => query.has('backupTime'));
    await page.getByRole('button', { name: 'Created after' }).click();
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    const backupTime = new URL((await request).url()).searchParams.get('backupTime') ?? '';
    expect(backupTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/);
    // The loader asks before the router writes the new URL.
    await expect
      .poll(() => urlParam(page, 'after'))
      .toBe(new Date(`${backupTime.replace(' ', 'T')}Z`).toISOString());
    await page.getByRole('button', { name: 'Apply the “created after” time' }).click();

    // Sorting happens in the browser: no new request.
    let listCalls = 0;
    page.on('request', (next) => {
      if (/\/v6\/RestorePoints/i.test(next.url())) listCalls += 1;
    });
    await table(page)
      .getByRole('button', { name: /Organization/ })
      .click();
    // Counted once the sorted view is on screen: a request for it is sent before it renders.
    await expect(table(page).getByRole('columnheader', { name: /Organization/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(column(page, 2).first()).toHaveText('Contoso');
    expect(listCalls).toBe(0);
  });

  test('an ended session goes back to the login screen with a notice, then to the same page', async ({
    page,
  }) => {
    await signInM365(page);
    await choose(page, 'Organization', 'Northwind Traders');
    await expectEveryCell(column(page, 2), 'Northwind Traders');
    const here = page.url();

    // The server no longer accepts the tokens (revoked, or the refresh token expired).
    await page.evaluate(() => {
      const stored = JSON.parse(sessionStorage.getItem('rpe.session.m365') ?? '{}') as Record<
        string,
        unknown
      >;
      sessionStorage.setItem(
        'rpe.session.m365',
        JSON.stringify({ ...stored, accessToken: 'revoked', refreshToken: 'spent' }),
      );
    });
    await page.reload();
    await expect(page).toHaveURL(/\/login\?.*kind=m365/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your session has ended' }),
    ).toBeVisible();
    await fillM365SignIn(page);
    await expect(page).toHaveURL(here);
    await expect(column(page, 2).first()).toHaveText('Northwind Traders');
  });

  test('signed in to Enterprise Manager and Microsoft 365 in one tab, switching from the navigation', async ({
    page,
  }) => {
    await page.goto('/login');
    await fillSignIn(page, emAccount);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Sign in to Microsoft 365' }).click();
    await expect(page.getByRole('radio', { name: 'Microsoft 365' })).toBeChecked();
    await fillM365SignIn(page);
    // Back where the sign-in started.
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

    await nav.getByRole('link', { name: 'Restore points' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Restore points' })).toBeVisible();
    await expect(rows(page).first()).toBeVisible();
    await nav.getByRole('link', { name: 'Backups' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Sign out of Enterprise Manager' })).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Sign out of Microsoft 365' })).toBeVisible();

    // Signing out of one keeps the other.
    await nav.getByRole('button', { name: 'Sign out of Microsoft 365' }).click();
    await expect(nav.getByRole('link', { name: 'Sign in to Microsoft 365' })).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('rpe.session.m365'))).toBeNull();
    // On to the Enterprise Manager overview, still signed in there.
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await nav.getByRole('link', { name: 'Backups' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  });
});
