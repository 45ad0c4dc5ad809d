import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { signInM365 } from '@/api/m365/auth';
import { fetchOrganizations } from '@/api/m365/organizations';
import { fetchRestorePoints, type RestorePoint } from '@/api/m365/restore-points';
import { session, type M365Session } from '@/api/session';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { TEST_NOW, server } from '@/mocks/node';
import { renderRoute } from '@/test/render';

const { username, password } = DEMO_CREDENTIALS.m365;

// Two sign-ins for the whole file: the mock throttles /token like VB365 does.
let v8: M365Session;
let v6: M365Session;
let fabrikam = '';
/** Fabrikam's restore points, newest first, as the plain list answers them. */
let points: RestorePoint[] = [];
beforeAll(async () => {
  v6 = await signInM365(username, password, 'v6');
  v8 = await signInM365(username, password);
  fabrikam = (await fetchOrganizations('v8')).find((org) => org.displayName === 'Fabrikam')!.id;
  points = (await fetchRestorePoints('v8', { organizationId: fabrikam, limit: '10000' })).items;
  session.clear('m365');
});

let requests: URL[] = [];
const record = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (/^\/v[678]\/RestorePoints$/.test(url.pathname)) requests.push(url);
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

const page = (search: string) => `/m365/organizations/${fabrikam}${search}`;
const side = (name: string) => screen.findByRole('region', { name });
const datetime = (region: HTMLElement) => within(region).getByRole('time').getAttribute('datetime');
/** The asks of the lookup: the list calls with `to` or `from` (the page's own have neither). */
const lookups = () =>
  requests.filter((url) => url.searchParams.has('to') || url.searchParams.has('from'));

describe('Microsoft 365 organization: restore to a point in time', () => {
  it('v8: asks one point each side with to/from (split at the next millisecond), orderAsc and limit=1', async () => {
    session.set('m365', v8);
    const at = new Date('2025-06-12T06:30:00Z');
    renderRoute(page(`?at=${at.toISOString()}`));
    const before = await side('Newest restore point at or before it');
    const after = screen.getByRole('region', { name: 'First restore point after it' });
    const expectedBefore = points.find((point) => point.backupTime <= at);
    const expectedAfter = points.filter((point) => point.backupTime > at).at(-1);
    expect(datetime(before)).toBe(expectedBefore?.backupTime.toISOString());
    expect(datetime(after)).toBe(expectedAfter?.backupTime.toISOString());

    expect(lookups().map((url) => Object.fromEntries(url.searchParams))).toEqual(
      expect.arrayContaining([
        {
          organizationId: fabrikam,
          to: '2025-06-12T06:30:00.001Z',
          orderAsc: 'false',
          limit: '1',
          offset: '0',
        },
        {
          organizationId: fabrikam,
          from: '2025-06-12T06:30:00.001Z',
          orderAsc: 'true',
          limit: '1',
          offset: '0',
        },
      ]),
    );
    expect(lookups()).toHaveLength(2);
  });

  it('v8: a point made exactly at the time is the one at or before it', async () => {
    session.set('m365', v8);
    const exact = points[5]!.backupTime;
    renderRoute(page(`?at=${exact.toISOString()}`));
    expect(
      await screen.findByText('A restore point exists at exactly that time.'),
    ).toBeInTheDocument();
    expect(datetime(await side('Newest restore point at or before it'))).toBe(exact.toISOString());
    expect(datetime(screen.getByRole('region', { name: 'First restore point after it' }))).toBe(
      points[4]!.backupTime.toISOString(),
    );
  });

  it('v8, one workload: Fabrikam Teams, whose job fails, has nothing newer for days', async () => {
    session.set('m365', v8);
    renderRoute(page(`?at=${TEST_NOW.toISOString()}&workload=teams`));
    await side('Newest restore point at or before it');
    expect(screen.getByRole('combobox', { name: 'Workload' })).toHaveValue('Teams');
    const teams = points.find((point) => point.workloads.teams);
    await waitFor(() => {
      expect(
        datetime(screen.getByRole('region', { name: 'Newest restore point at or before it' })),
      ).toBe(teams?.backupTime.toISOString());
    });
    expect(screen.getByRole('region', { name: 'First restore point after it' })).toHaveTextContent(
      'None yet',
    );
    expect(
      screen.getByText(/^The newest restore point at or before that time is 3 d \d+ h earlier\./),
    ).toBeInTheDocument();
    expect(lookups().every((url) => url.searchParams.get('limit') !== null)).toBe(true);
    expect(lookups().some((url) => url.searchParams.get('limit') === '50')).toBe(true);
  });

  it('v6: one request for the whole list answers both sides, and says why', async () => {
    session.set('m365', v6);
    renderRoute(page('?at=2020-01-01T00:00:00Z'));
    expect(await screen.findByText('No restore point at or before that time')).toBeInTheDocument();
    expect(
      screen.getByText(/The oldest restore point of Fabrikam \(any workload\) is newer than that/),
    ).toBeInTheDocument();
    expect(screen.getByText(/API v6 filters only “created after”/)).toBeInTheDocument();
    const oldest = screen.getByRole('region', { name: 'Oldest restore point (after it)' });
    expect(datetime(oldest)).toBe(points.at(-1)?.backupTime.toISOString());
    const v6Lists = requests.filter((url) => url.pathname === '/v6/RestorePoints');
    expect(v6Lists.map((url) => url.search)).toContain(`?organizationId=${fabrikam}`);
  });

  it('copies the answer for a ticket, or shows it to copy by hand when the clipboard is refused', async () => {
    session.set('m365', v8);
    renderRoute(page('?at=2025-06-12T06:30:00Z&workload=exchange'));
    const before = await side('Newest restore point at or before it');
    const user = userEvent.setup();
    await user.click(within(before).getByRole('button', { name: 'Copy for ticket' }));
    expect(await screen.findByText('Copied for the ticket')).toBeInTheDocument();
    const text = await navigator.clipboard.readText();
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Microsoft 365 organization: Fabrikam (fabrikam.onmicrosoft.com)',
      'Workload: Exchange',
      'Restore to (local): 2025-06-12 06:30:00 UTC (UTC+00:00)',
      'Restore to (UTC): 2025-06-12 06:30:00 UTC',
    ]);
    expect(text).toMatch(/\nNewest restore point at or before it: .+ UTC \(.+ earlier\)\n/);
    expect(text).toContain(
      `\nLink: http://localhost:5173/m365/organizations/${fabrikam}?at=2025-06-12T06%3A30%3A00Z&workload=exchange\n`,
    );

    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(within(before).getByRole('button', { name: 'Copy for ticket' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy this into the ticket' });
    expect(within(dialog).getByRole('textbox', { name: 'Ticket text' })).toHaveValue(text);
  });
});
