/**
 * Accounts the built-in mock accepts. Shown on the login screen in demo mode
 * only; a real server never sees them.
 */
export const DEMO_CREDENTIALS = {
  em: { username: 'DEMO\\operator', password: 'demo' },
  m365: { username: 'operator@contoso.com', password: 'demo' },
} as const;
