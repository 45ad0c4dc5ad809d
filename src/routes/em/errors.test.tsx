import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { scenarios, server } from '@/mocks/node';
import { loadPages, renderRoute, signInToEm } from '@/test/render';

beforeAll(() => loadPages('/login', '/backups'));

/** The shared fault scenarios, as the demo's ?scenario= uses them, on a real page. */
describe('EM pages under faults', () => {
  it.each([
    ['serverError', 'The server had a problem (500)'],
    ['forbidden', 'You do not have access to this'],
    ['notJson', 'This does not look like Enterprise Manager'],
    ['networkError', 'Cannot reach Enterprise Manager'],
    ['malformed', 'The server sent data this app does not understand'],
  ] as const)(
    '%s shows “%s” and a retry, with the navigation still there',
    async (scenario, title) => {
      await signInToEm();
      server.use(...(scenarios[scenario] ?? []));
      renderRoute('/backups');
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(title);
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
      expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    },
  );

  it('an ended session goes to the login page with a notice and the way back', async () => {
    await signInToEm();
    server.use(...(scenarios.sessionExpired ?? []));
    const { router } = renderRoute('/backups?q=sql');
    expect(await screen.findByText('Your session has ended')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('from')).toBe('/backups?q=sql');
    expect(sessionStorage.getItem('rpe.session.em')).toBeNull();
  });

  it('says it tries again while the first page is still loading (as after signing in)', async () => {
    await signInToEm();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    onTestFinished(() => {
      release();
    });
    let tries = 0;
    server.use(
      http.get('*/api/query', async ({ request }) => {
        if (new URL(request.url).searchParams.get('type') !== 'Backup') return undefined;
        tries += 1;
        if (tries === 1) return HttpResponse.json({ Message: 'Busy' }, { status: 500 });
        await held;
        return undefined; // then the usual answer
      }),
    );
    renderRoute('/backups', { retries: true });
    const retries = await screen.findByRole('status', { name: 'Retries' });
    expect(retries).toHaveTextContent(
      'The server had a problem (500). Trying again (attempt 2 of 3)…',
    );
    // Nothing of the page is up yet: only its placeholder.
    expect(screen.getByLabelText(/^Loading/)).toHaveAttribute('aria-busy', 'true');
    release();
    expect(await screen.findByRole('table', { name: 'Backups' })).toBeInTheDocument();
    expect(retries).toBeEmptyDOMElement();
  });

  it('a slow server shows the loading state, then the page', async () => {
    await signInToEm();
    server.use(...(scenarios.slow ?? []));
    renderRoute('/backups');
    expect(await screen.findByLabelText(/^Loading/)).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByRole('table', { name: 'Backups' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Loading/)).toBeNull();
  });

  it('an empty server shows the empty state', async () => {
    await signInToEm();
    server.use(...(scenarios.empty ?? []));
    renderRoute('/backups');
    expect(await screen.findByText('No backups')).toBeInTheDocument();
  });
});
