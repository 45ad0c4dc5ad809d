import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BASE_PATH, nginxE2e } from '../scripts/e2e-nginx';
import { emAccount, emToken, fillSignIn, main } from './fixtures';

/**
 * The deployment as docs/deploy.md describes it: the production build under a base path,
 * behind the real nginx filled from deploy/nginx.conf.template, the API forwarded to the
 * HTTPS mock with certificate verification on (scripts/e2e-nginx.ts starts it all).
 */
const { ports, builds } = nginxE2e(Number(process.env.E2E_PORT_OFFSET ?? 0));
const origin = (port: number) => `https://127.0.0.1:${String(port)}`;
const app = `${origin(ports.app)}${BASE_PATH}`;
const basic = `Basic ${Buffer.from(`${emAccount.username}:${emAccount.password}`).toString('base64')}`;

/** What every response must carry; the CSP written out here, not read from the template. */
const securityHeaders = (nonce: string) => ({
  'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${nonce}'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'strict-transport-security': 'max-age=31536000',
});
const nonceOf = (headers: Record<string, string>) =>
  /'nonce-([0-9a-f]{32})'/.exec(headers['content-security-policy'] ?? '')?.[1] ?? 'none';

/** Every Content-Security-Policy violation the page reports, across navigations. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('reportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void })
        .reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}`);
    });
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  return violations;
}

/** Switches the theme and waits for the other one (either would have matched the old page). */
async function toggleTheme(page: Page) {
  const html = page.locator('html');
  const before = await html.getAttribute('data-mantine-color-scheme');
  expect(before).toMatch(/^(dark|light)$/);
  await page.getByRole('button', { name: 'Toggle light and dark theme' }).click();
  await expect(html).toHaveAttribute(
    'data-mantine-color-scheme',
    before === 'dark' ? 'light' : 'dark',
  );
}

/** What a build directory holds: its files, the mock modules in its maps, maps linked from JS. */
function buildContents(dir: string) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const maps = files.filter((file) => file.endsWith('.map'));
  const sources = maps.flatMap((file) => (JSON.parse(read(file)) as { sources: string[] }).sources);
  return {
    files,
    maps: maps.length,
    mockModules: sources.filter((source) => /src\/mocks\/|node_modules\/msw\//.test(source)),
    linkedMaps: files.filter(
      (file) => file.endsWith('.js') && read(file).includes('sourceMappingURL'),
    ),
  };
}

test.describe('behind nginx, under a base path', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('signs in, deep-links to a VM restore point, reloads, comes back after expiry and signs out', async ({
    page,
  }) => {
    const violations = await watchCsp(page);
    const apiPaths: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/\/(api|v[678])\//.test(pathname)) apiPaths.push(pathname);
    });

    await page.goto('login');
    await fillSignIn(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page).toHaveURL(`${app}overview`);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Backups' })
      .click();
    await expect(page).toHaveURL(`${app}backups`);
    // The router writes the URL before it renders the list; the overview links SQL Daily too.
    await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();

    // Down to a VM restore point through the app's own links.
    await main(page).getByRole('link', { name: 'SQL Daily' }).click();
    await page
      .getByRole('table', { name: 'Restore points of SQL Daily' })
      .getByRole('row')
      .nth(1)
      .getByRole('link')
      .click();
    await page
      .getByRole('table', { name: /VM restore points of/ })
      .getByRole('link', { name: 'sql01', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('sql01@');
    const deepLink = page.url();
    expect(deepLink).toMatch(new RegExp(`^${app}vm-restore-points/[^/]+$`));

    // Signed out, the deep link asks for a sign-in first (an app path, no base in `from`).
    await page.getByRole('button', { name: 'Sign out of Enterprise Manager' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await page.goto(deepLink);
    await expect(page).toHaveURL(new RegExp(`^${app}login\\?from=%2Fvm-restore-points%2F`));
    await fillSignIn(page);
    await expect(page).toHaveURL(deepLink);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('sql01@');

    // nginx answers the deep link with the app.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('sql01@');

    // The server forgets the session (EM's 15-minute idle timeout): sign in again, come back.
    // First let the background VM-name sweep finish, so the next click meets the 401.
    await page.keyboard.press('/');
    await expect(page.getByText(/^Names as of \d\d:\d\d \(\d+ VMs\)$/)).toBeVisible();
    await page.keyboard.press('Escape');
    const token = await emToken(page);
    const sessionId = Buffer.from(token, 'base64').toString('utf8');
    const ended = await page.request.delete(`api/logonSessions/${sessionId}`, {
      headers: { 'X-RestSvcSessionId': token },
    });
    expect(ended.status()).toBe(204);
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'SQL Daily' })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Your session has ended' }),
    ).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`^${app}login\\?from=%2Fbackups%2F`));
    await fillSignIn(page);
    await expect(page.getByRole('heading', { level: 1, name: 'SQL Daily' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`^${app}backups/[^/]+$`));

    // The other theme: Mantine injects a <style> while switching, under the nonce.
    await toggleTheme(page);

    await page.getByRole('button', { name: 'Sign out of Enterprise Manager' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`^${app}login`));

    expect(apiPaths.length).toBeGreaterThan(0);
    expect(apiPaths.filter((path) => !path.startsWith(`${BASE_PATH}api/`))).toEqual([]);
    expect(await page.context().cookies(), "EM's session cookie never reaches the browser").toEqual(
      [],
    );
    expect(violations).toEqual([]);
  });

  test('the page, an asset and the API carry the security headers; cookies stay out', async ({
    request,
    playwright,
  }) => {
    // A deep link is the app's page, with a fresh nonce in the header and the markup.
    const page = await request.get('vm-restore-points/any-id');
    expect(page.status()).toBe(200);
    const nonce = nonceOf(page.headers());
    expect(page.headers()).toMatchObject({
      ...securityHeaders(nonce),
      'cache-control': 'no-cache',
    });
    const html = await page.text();
    expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
    expect(html).not.toContain('RPE_CSP_NONCE');
    expect(nonceOf((await request.get('')).headers())).not.toBe(nonce);

    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1] ?? 'none';
    expect(script).toMatch(new RegExp(`^${BASE_PATH}assets/index-.+\\.js$`));
    const asset = await request.get(script);
    expect(asset.status()).toBe(200);
    expect(asset.headers()).toMatchObject({
      ...securityHeaders(nonceOf(asset.headers())),
      'cache-control': 'public, max-age=31536000, immutable',
      'content-type': 'application/javascript',
      'content-encoding': 'gzip',
    });
    expect((await request.get(`${script}.map`)).status()).toBe(404);

    // Enterprise Manager answers sign-in with the session in a header and a cookie.
    const upstream = await playwright.request.newContext({ ignoreHTTPSErrors: true });
    const mock = origin(ports.mock);
    const direct = await upstream.post(`${mock}/api/sessionMngr/?v=latest`, {
      headers: { Authorization: basic },
    });
    expect(direct.headers()['set-cookie']).toContain('X-RestSvcSessionId=');

    const signIn = await request.post('api/sessionMngr/?v=latest', {
      headers: { Authorization: basic, Accept: 'application/json' },
    });
    expect(signIn.status()).toBe(201);
    expect(signIn.headers()).toMatchObject({
      ...securityHeaders(nonceOf(signIn.headers())),
      'cache-control': 'no-store',
    });
    expect(signIn.headers()['set-cookie']).toBeUndefined();
    const token = signIn.headers()['x-restsvcsessionid'] ?? 'none';

    // EM lets a cookie win over the header; nginx does not pass one on, so a stale cookie
    // cannot shadow the session.
    const withStaleCookie = { 'X-RestSvcSessionId': token, Cookie: 'X-RestSvcSessionId=stale' };
    const straight = await upstream.get(`${mock}/api/backups?format=Entity`, {
      headers: withStaleCookie,
    });
    expect(straight.status()).toBe(401);
    const proxied = await request.get('api/backups?format=Entity', { headers: withStaleCookie });
    expect(proxied.status()).toBe(200);
    await upstream.dispose();

    // Microsoft 365 goes through the same way.
    const m365 = await request.post('v8/token', {
      form: { grant_type: 'password', username: 'operator@contoso.com', password: 'demo' },
    });
    expect(m365.status()).toBe(200);
    expect(m365.headers()).toMatchObject({ 'cache-control': 'no-store' });
  });

  test('the demo build works under the same policy, its service worker included', async ({
    page,
  }) => {
    const violations = await watchCsp(page);
    const demo = `${origin(ports.demo)}${BASE_PATH}`;
    await page.goto(`${demo}login`);
    await expect(page.getByText('Demo mode: sample data, no Veeam server')).toBeVisible();
    await page.getByRole('button', { name: 'Use demo account' }).click();
    const signIn = page.waitForResponse((response) => response.url().includes('/api/sessionMngr'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await signIn).fromServiceWorker(), 'the mock in the worker answered').toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    // The overview is done (it waits on the VM-name index) before the next page load: msw's
    // worker lets a leaving page's requests pass, and here nginx's upstream would answer them.
    await expect(page.getByText(/^Names as of \d\d:\d\d \(\d+ VMs\)$/).first()).toBeAttached();

    // A page with a chart, in both themes; its ticket link names the page under the base.
    await page.goto(`${demo}vms/sql01`);
    await expect(page.getByRole('heading', { level: 1, name: 'sql01' })).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await page
      .getByRole('region', { name: 'Latest restore point' })
      .getByRole('button', { name: 'Copy for ticket' })
      .click();
    await expect(page.getByText('Copied for the ticket')).toBeVisible();
    const ticket = await page.evaluate(() => navigator.clipboard.readText());
    expect(ticket).toContain(`\nLink: ${demo}vms/sql01?rpo=24\n`);
    await toggleTheme(page);
    await expect(page.getByRole('heading', { level: 1, name: 'sql01' })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('with verification on and a certificate nginx does not trust, the API fails clearly', async ({
    page,
    request,
  }) => {
    const untrusted = `${origin(ports.untrusted)}${BASE_PATH}`;
    await page.goto(`${untrusted}login`);
    const answer = page.waitForResponse((response) => response.url().includes('/api/sessionMngr'));
    await fillSignIn(page);
    expect((await answer).status()).toBe(502);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Enterprise Manager did not answer the proxy (502)');
    await expect(alert).toContainText('does not trust its TLS certificate');

    const m365 = await request.post(`${untrusted}v8/token`, {
      form: { grant_type: 'password', username: 'operator@contoso.com', password: 'demo' },
    });
    expect(m365.status()).toBe(502);
  });

  test('the production build has no mock, no worker and no linked maps; the demo keeps them', () => {
    const production = buildContents(builds.app);
    expect(production.files).toContain('index.html');
    expect(production.files).not.toContain('mockServiceWorker.js');
    expect(production.mockModules).toEqual([]);
    expect(production.linkedMaps).toEqual([]);
    expect(production.maps, 'hidden maps, for error reporting').toBeGreaterThan(0);

    const demo = buildContents(builds.demo);
    expect(demo.files).toContain('mockServiceWorker.js');
    expect(demo.mockModules.length).toBeGreaterThan(0);
    expect(demo.linkedMaps.length).toBeGreaterThan(0);
  });
});
