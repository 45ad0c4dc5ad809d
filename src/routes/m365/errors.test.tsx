import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInM365 } from '@/api/m365/auth';
import { fetchBackupRepositories } from '@/api/m365/backup-repositories';
import { fetchOrganizations } from '@/api/m365/organizations';
import { session, type M365Session } from '@/api/session';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { scenarios, server } from '@/mocks/node';
import { loadPages, renderRoute } from '@/test/render';

// One sign-in for the file: the mock throttles /token like VB365 does.
let v8: M365Session;
const ids = { contoso: '', wasabi: '' };
beforeAll(async () => {
  const { username, password } = DEMO_CREDENTIALS.m365;
  v8 = await signInM365(username, password);
  ids.contoso = (await fetchOrganizations('v8')).find((org) => org.displayName === 'Contoso')!.id;
  ids.wasabi = (await fetchBackupRepositories('v8')).find(
    (repo) => repo.name === 'Wasabi Long-Term',
  )!.id;
  session.clear('m365');
  await loadPages(
    '/login',
    '/m365/restore-points',
    '/m365/organizations/any',
    '/m365/repositories/any',
  );
});

const useScenario = (name: keyof typeof scenarios) => {
  server.use(...(scenarios[name] ?? []));
};
/** The alerts on the page, read as one text (the list and each lookup may fail). */
const alertText = async () =>
  (await screen.findAllByRole('alert')).map((alert) => alert.textContent).join('\n');

/** The shared fault scenarios, as the demo's ?scenario= uses them, on the Microsoft 365 pages. */
describe('Microsoft 365 pages under faults', () => {
  it.each([
    ['serverError', 'The server had a problem (500)'],
    ['forbidden', 'You do not have access to this'],
    ['notJson', 'This does not look like Veeam Backup for Microsoft 365'],
    ['networkError', 'Cannot reach Veeam Backup for Microsoft 365'],
    ['malformed', 'The server sent data this app does not understand'],
  ] as const)('%s on the restore points shows “%s” next to the filters', async (name, title) => {
    session.set('m365', v8);
    useScenario(name);
    renderRoute('/m365/restore-points');
    await waitFor(async () => {
      expect(await alertText()).toContain(title);
    });
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
  });

  it.each([
    ['organization', () => `/m365/organizations/${ids.contoso}`, 'Contoso'],
    ['repository', () => `/m365/repositories/${ids.wasabi}`, 'Wasabi Long-Term'],
  ])('a server error on the %s page offers a retry that works', async (_page, url, name) => {
    session.set('m365', v8);
    useScenario('serverError');
    renderRoute(url());
    expect(await alertText()).toContain('The server had a problem (500)');
    server.resetHandlers(); // the server is back
    await userEvent.setup().click(screen.getAllByRole('button', { name: 'Try again' })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
  });

  it('an empty server says there are no restore points', async () => {
    session.set('m365', v8);
    useScenario('empty');
    renderRoute('/m365/restore-points');
    const empty = await screen.findByText('No restore points match');
    expect(empty.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('table', { name: 'Microsoft 365 restore points' })).toBeNull();
  });

  it('a slow server shows the loading state, then the restore points', async () => {
    session.set('m365', v8);
    useScenario('slow');
    renderRoute('/m365/restore-points');
    expect(await screen.findByLabelText(/^Loading/)).toHaveAttribute('aria-busy', 'true');
    const table = await screen.findByRole('table', { name: 'Microsoft 365 restore points' });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    expect(screen.queryByLabelText(/^Loading/)).toBeNull();
  });
});
