import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { signInM365 } from '@/api/m365/auth';
import { session, type M365Session } from '@/api/session';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { TEST_NOW, server } from '@/mocks/node';
import { renderRoute } from '@/test/render';

const { username, password } = DEMO_CREDENTIALS.m365;

// Two sign-ins for the whole file: the mock throttles /token like VB365 does.
let v8: M365Session;
let v6: M365Session;
beforeAll(async () => {
  v6 = await signInM365(username, password, 'v6');
  v8 = await signInM365(username, password);
  session.clear('m365');
});

let requests: URL[] = [];
const record = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (/^\/v[678]\//.test(url.pathname)) requests.push(url);
};
beforeEach(() => {
  vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'] });
  requests = [];
  server.events.on('request:start', record);
});
afterEach(() => {
  server.events.removeListener('request:start', record);
  vi.useRealTimers();
});

const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('Microsoft 365 overview', () => {
  it('counts the organizations within and outside the objective, one request each', async () => {
    session.set('m365', v8);
    const { router } = renderRoute('/m365/overview');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    const within24 = screen.getByRole('button', { name: /Organizations within objective/ });
    await waitFor(() => {
      expect(within24).toHaveTextContent(/^2Organizations within/);
    });
    const outside = screen.getByRole('button', { name: /Organizations outside objective/ });
    expect(outside).toHaveTextContent(/^1Organizations outside/);

    // Fabrikam's Teams job fails: its newest Teams point is days old.
    const table = screen.getByRole('table', { name: 'All organizations' });
    const fabrikam = within(table).getByRole('link', { name: 'Fabrikam' }).closest('tr');
    expect(fabrikam).toHaveTextContent(/\d+ d \d+ h · outside/);
    expect(within(fabrikam!).getByText('Outside objective')).toBeInTheDocument();
    const teams = within(screen.getByRole('table', { name: 'Organizations per workload' }))
      .getByText('Teams')
      .closest('tr');
    expect([...teams!.querySelectorAll('td')].slice(1, 4).map((td) => td.textContent)).toEqual([
      '2',
      '1',
      '3',
    ]);

    await userEvent.setup().click(outside);
    await waitFor(() => {
      expect(router.state.location.search).toBe('?state=outside');
    });
    expect(
      names(await screen.findByRole('table', { name: 'Organizations outside the objective' })),
    ).toEqual(['Fabrikam']);

    const points = requests.filter((url) => url.pathname === '/v8/RestorePoints');
    expect(points).toHaveLength(3);
    expect(new Set(points.map((url) => url.searchParams.get('organizationId'))).size).toBe(3);
    expect(points.every((url) => url.searchParams.get('orderAsc') === 'false')).toBe(true);
  });

  it('works on v6 too, and follows the objective in the URL', async () => {
    session.set('m365', v6);
    renderRoute('/m365/overview?rpo=100');
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    await waitFor(() => {
      expect(
        screen.getByRole('button', { name: /Organizations within objective/ }),
      ).toHaveTextContent(/^3Organizations within/);
    });
    expect(requests.filter((url) => url.pathname === '/v6/RestorePoints')).toHaveLength(3);
  });
});
