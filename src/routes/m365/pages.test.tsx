import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signInM365 } from '@/api/m365/auth';
import { fetchBackupRepositories } from '@/api/m365/backup-repositories';
import { fetchOrganizations } from '@/api/m365/organizations';
import { fetchRestorePoints } from '@/api/m365/restore-points';
import { session, type M365Session } from '@/api/session';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { TEST_NOW, server } from '@/mocks/node';
import { renderRoute } from '@/test/render';

const { username, password } = DEMO_CREDENTIALS.m365;

// Two sign-ins for the whole file: the mock throttles /token like VB365 does.
let v8: M365Session;
let v6: M365Session;
const ids = { contoso: '', fabrikam: '', wasabi: '' };
beforeAll(async () => {
  v6 = await signInM365(username, password, 'v6');
  v8 = await signInM365(username, password);
  const organizations = await fetchOrganizations('v8');
  ids.contoso = organizations.find((org) => org.displayName === 'Contoso')!.id;
  ids.fabrikam = organizations.find((org) => org.displayName === 'Fabrikam')!.id;
  const repositories = await fetchBackupRepositories('v8');
  ids.wasabi = repositories.find((repo) => repo.name === 'Wasabi Long-Term')!.id;
  session.clear('m365');
});
afterEach(() => {
  vi.useRealTimers();
});

/** Route tests render the whole app; a busy machine needs more than the default second. */
const SLOW = { timeout: 10_000 };
const table = () => screen.findByRole('table', { name: 'Microsoft 365 restore points' }, SLOW);
const bodyRows = (element: HTMLElement) => within(element).getAllByRole('row').slice(1);
const cellTexts = (element: HTMLElement, column: number) =>
  bodyRows(element).map((row) => within(row).getAllByRole('cell')[column]?.textContent ?? '');

describe('Microsoft 365 sign-in', { timeout: 30_000 }, () => {
  it('sends a signed-out visitor to the Microsoft 365 login, and back after signing in', async () => {
    const { router } = renderRoute(`/m365/restore-points?org=${ids.fabrikam}`);
    expect(
      await screen.findByRole('form', { name: 'Sign in to Microsoft 365' }, SLOW),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe(
      `?from=${encodeURIComponent(`/m365/restore-points?org=${ids.fabrikam}`)}&kind=m365`,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'User name' }), username);
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Restore points' }, SLOW),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/m365/restore-points');
    expect(router.state.location.search).toBe(`?org=${ids.fabrikam}`);
    expect(screen.getByText('API v8')).toBeInTheDocument();
  });

  it('says so when the server throttles sign-in (429)', async () => {
    server.use(
      http.post(/\/v8\/token$/i, () =>
        HttpResponse.json({ message: 'Quota Exceeded' }, { status: 429 }),
      ),
    );
    renderRoute('/login?kind=m365');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'User name' }, SLOW), username);
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert', undefined, SLOW);
    expect(alert).toHaveTextContent('Too many sign-in attempts');
    expect(alert).toHaveTextContent('Wait a few seconds');
    expect(session.get('m365')).toBeNull();
  });
});

describe('Microsoft 365 restore points', { timeout: 30_000 }, () => {
  it('sends the URL filters to the server and shows names, not ids', async () => {
    session.set('m365', v8);
    const seen: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (/\/v8\/RestorePoints$/i.test(url.pathname)) seen.push(url.searchParams);
    });
    renderRoute(`/m365/restore-points?org=${ids.contoso}&longTerm=yes&after=2025-06-09T00:00:00Z`);
    const element = await table();
    await waitFor(() => {
      expect(cellTexts(element, 1).length).toBeGreaterThan(0);
    }, SLOW);
    server.events.removeAllListeners();
    expect(seen[0]?.get('organizationId')).toBe(ids.contoso);
    expect(seen[0]?.get('isLongTermCopy')).toBe('true');
    expect(seen[0]?.get('from')).toBe('2025-06-09T00:00:00.000Z');
    expect(new Set(cellTexts(element, 1))).toEqual(new Set(['Contoso']));
    expect(new Set(cellTexts(element, 2))).toEqual(new Set(['Contoso - Copy to Wasabi']));
    expect(new Set(cellTexts(element, 3))).toEqual(new Set(['Wasabi Long-Term']));
    expect(screen.getByRole('combobox', { name: 'Organization' })).toHaveValue('Contoso');
  });

  it("shows the server's 400 for a bad value and keeps the filters usable", async () => {
    session.set('m365', v8);
    const { router } = renderRoute('/m365/restore-points?org=not-a-guid');
    const alert = await screen.findByRole('alert', undefined, SLOW);
    expect(alert).toHaveTextContent('The server rejected the request');
    expect(alert).toHaveTextContent(
      "The value 'not-a-guid' is not valid for parameter 'organizationId'",
    );
    expect(screen.getByText('“not-a-guid” is not a valid organization id.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await table();
    expect(router.state.location.search).toBe('');
  });

  it('opens the detail panel from the URL with every field and links to the app pages', async () => {
    session.set('m365', v8);
    const page = await fetchRestorePoints('v8', { repositoryId: ids.wasabi, limit: '1' });
    const point = page.items[0]!;
    renderRoute(`/m365/restore-points?repo=${ids.wasabi}&point=${encodeURIComponent(point.id)}`);
    const panel = await screen.findByRole('dialog', { name: 'Restore point' }, SLOW);
    expect(await within(panel).findByRole('link', { name: 'Contoso' }, SLOW)).toHaveAttribute(
      'href',
      `/m365/organizations/${ids.contoso}`,
    );
    expect(within(panel).getByRole('link', { name: 'Wasabi Long-Term' })).toHaveAttribute(
      'href',
      `/m365/repositories/${ids.wasabi}`,
    );
    expect(within(panel).getByText(point.id)).toBeInTheDocument();
    expect(within(panel).getByText('Immutable until')).toBeInTheDocument();
  });

  it('v6: asks once and renders only the rows in view', async () => {
    session.set('m365', v6);
    renderRoute('/m365/restore-points');
    const summary = await screen.findByText(/^\d+ rows$/, undefined, SLOW);
    const total = Number(/^(\d+)/.exec(summary.textContent)?.[1]);
    expect(total).toBeGreaterThan(100);
    const rows = within(await table()).getAllByRole('row', { name: /./ });
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThan(total / 2);
    expect(screen.getByText('API v6')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Created before' })).toBeNull();
  });
});

describe('Microsoft 365 organization and repository pages', { timeout: 30_000 }, () => {
  it('shows the newest point per workload and warns about Fabrikam Teams', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TEST_NOW);
    session.set('m365', v8);
    renderRoute(`/m365/organizations/${ids.fabrikam}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Fabrikam' }, SLOW),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('1 of 4 workloads older than the 24 h objective', undefined, SLOW),
    ).toBeInTheDocument();
    const teams = screen.getByRole('region', { name: 'Teams' });
    expect(teams).toHaveAttribute('data-freshness', 'stale');
    expect(screen.getByRole('region', { name: 'Exchange' })).toHaveAttribute(
      'data-freshness',
      'fresh',
    );
    expect(screen.getByText(/^Restore points of Fabrikam per workload:/)).toBeInTheDocument();
  });

  it('shows a repository with its space and a link to its restore points', async () => {
    session.set('m365', v8);
    renderRoute(`/m365/repositories/${ids.wasabi}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Wasabi Long-Term' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByText('Long-term (object storage)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Restore points in this repository' })).toHaveAttribute(
      'href',
      `/m365/restore-points?repo=${ids.wasabi}`,
    );
  });
});
