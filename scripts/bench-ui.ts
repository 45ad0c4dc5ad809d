/**
 * What the browser benchmark looks for in the app: roles, names and texts of the pages, the
 * routes, and which requests are whose. The pages change; this is the one place to follow them.
 */
import type { Page } from '@playwright/test';
import type { Kind } from './bench-network';

export const UI = {
  userName: (page: Page) => page.getByRole('textbox', { name: 'User name' }),
  password: (page: Page) => page.getByRole('textbox', { name: 'Password' }),
  signIn: (page: Page) => page.getByRole('button', { name: 'Sign in' }),
  firstBackupRow: (page: Page) =>
    page.getByRole('table', { name: 'Backups' }).locator('tbody tr').first(),
  vmSearch: (page: Page) => page.getByRole('combobox', { name: 'Find a VM' }),
  vmOption: (page: Page, name: string) =>
    page
      .getByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .first(),
  /** src/routes/em/vms/index-status.tsx: shown in the search dropdown once the index is complete. */
  indexComplete: (page: Page) => page.getByText(/^Names as of /),
  /** src/routes/app-layout.tsx: the navigation's link to /overview. */
  overviewLink: (page: Page) =>
    page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Enterprise Manager overview' }),
  /** src/routes/em/overview.tsx: the list of VMs, drawn from the index. */
  overviewFirstRow: (page: Page) => page.getByRole('main').locator('tbody tr').first(),
  /** src/routes/em/vm/newest-point-card.tsx. */
  latestPointCard: (page: Page) => page.getByRole('region', { name: 'Latest restore point' }),
  firstBackupPointRow: (page: Page) =>
    page
      .getByRole('table', { name: /^Restore points of / })
      .locator('tbody tr')
      .first(),
  firstVmPointRow: (page: Page) =>
    page
      .getByRole('table', { name: /^VM restore points of / })
      .locator('tbody tr')
      .first(),
};
export const ROUTES = {
  /** The sign-in page, on to the backups list (the app lands on the overview otherwise). */
  login: '/login?from=%2Fbackups',
  vm: (name: string) => `/vms/${encodeURIComponent(name)}`,
  backup: (id: string) => `/backups/${id}`,
  restorePoint: (id: string) => `/restore-points/${id}`,
};
/** Calls to either server, through the app's own origin. */
export const api: Kind = (url) => /^\/(api|v[678])\//.test(url.pathname);
/**
 * The VM-name index: VM restore points newest first, unfiltered or since a time, and its
 * lookups of VM restore points by UID (no page asks for those). Its batch of restore points
 * for the backups of the newest points looks like a page's and counts as the view's.
 */
export const indexSweep: Kind = (url) => {
  if (url.pathname !== '/api/query') return false;
  const params = new Map([...url.searchParams].map(([k, v]) => [k.toLowerCase(), v.trim()]));
  const filter = params.get('filter');
  if (params.get('type')?.toLowerCase() !== 'vmrestorepoint') return false;
  if (filter && /^UID\s*==/i.test(filter)) return true;
  return (
    params.get('sortdesc')?.toLowerCase() === 'creationtime' &&
    (!filter || /^CreationTime\s*>=?\s*[^;,]+$/i.test(filter))
  );
};
export const viewApi: Kind = (url) => api(url) && !indexSweep(url);
export const asset: Kind = (url) => /^\/assets\/.+\.(js|css)$/.test(url.pathname);
