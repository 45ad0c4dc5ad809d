import { expect, type Page } from '@playwright/test';

/**
 * The account the specs sign in with: the built-in mock's demo account by
 * default, or a real Enterprise Manager's when E2E_EM_USER/E2E_EM_PASSWORD are set.
 */
export const emAccount = {
  username: process.env.E2E_EM_USER ?? 'DEMO\\operator',
  password: process.env.E2E_EM_PASSWORD ?? 'demo',
};

export async function fillEmSignIn(page: Page, account = emAccount) {
  await page.getByRole('textbox', { name: 'User name' }).fill(account.username);
  await page.getByRole('textbox', { name: 'Password' }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Signs in from the login page and waits for the backups list (asked for with `from`: the
 * landing page after sign-in is the overview).
 */
export async function signInEm(page: Page) {
  await page.goto('/login?from=%2Fbackups');
  await fillEmSignIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
}

/** The current EM session token, read the way an attacker with devtools could. */
export async function emToken(page: Page): Promise<string> {
  const raw = await page.evaluate(() => sessionStorage.getItem('rpe.session.em'));
  expect(raw).not.toBeNull();
  return (JSON.parse(raw ?? '{}') as { token: string }).token;
}

/** The main content area (not the navigation). */
export const main = (page: Page) => page.getByRole('main');
