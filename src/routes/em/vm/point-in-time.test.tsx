import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '@/api/session';
import { TEST_NOW, handlers, server } from '@/mocks/node';
import { renderRoute, signInToEm } from '@/test/render';

/**
 * print01 (src/mocks/fixtures/em.ts) is backed up daily at about 14:35 UTC, with no runs from
 * 9 to 5 days before TEST_NOW (Monday 2025-06-16 12:00 UTC): nothing between Friday 6 June
 * 14:39:57 and Wednesday 11 June 14:31:21. "Can we restore print01 to Tuesday 14:00?"
 */
const VM = 'print01';
const TUESDAY = '2025-06-10T14:00:00Z';

configure({ getElementError: (message) => new Error(message ?? 'not found') });

let queries: URL[] = [];
const record = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname === '/api/query') queries.push(url);
};
beforeEach(async () => {
  vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'] });
  await signInToEm();
  queries = [];
  server.events.on('request:start', record);
});
afterEach(() => {
  server.events.removeListener('request:start', record);
  vi.useRealTimers();
});

const section = () => screen.findByRole('region', { name: 'Restore to a point in time' });
const side = (name: string) => screen.findByRole('region', { name });
const vmUrl = (search: string) => `/vms/${VM}${search}`;
const nearestQueries = () =>
  queries.filter((url) => url.searchParams.get('filter')?.includes('CreationTime<') ?? false);

describe('VM page: restore to a point in time', () => {
  it('answers a shared link with the points around the time, one query each side', async () => {
    renderRoute(vmUrl(`?at=${TUESDAY}`));
    const before = await side('Newest restore point at or before it');
    expect(within(before).getByRole('time')).toHaveAttribute(
      'datetime',
      '2025-06-06T14:39:57.215Z',
    );
    expect(within(before).getByText('3 d 23 h earlier')).toBeInTheDocument();
    expect(await within(before).findByRole('link', { name: 'Print Servers' })).toBeInTheDocument();
    const after = screen.getByRole('region', { name: 'First restore point after it' });
    expect(within(after).getByRole('time')).toHaveAttribute('datetime', '2025-06-11T14:31:21.270Z');
    expect(within(after).getByText('24 h 31 min later')).toBeInTheDocument();
    expect(
      screen.getByText('The newest restore point at or before that time is 3 d 23 h earlier.'),
    ).toBeInTheDocument();

    const asked = queries.filter((url) =>
      /CreationTime(<=|>)"2025-06-10T14:00:00.000Z"/.test(url.searchParams.get('filter') ?? ''),
    );
    expect(
      asked.map((url) => [
        url.searchParams.get('filter'),
        url.searchParams.get('sortDesc') ?? `asc ${url.searchParams.get('sortAsc') ?? ''}`,
        url.searchParams.get('pageSize'),
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['VmName=="print01";CreationTime<="2025-06-10T14:00:00.000Z"', 'CreationTime', '1'],
        ['VmName=="print01";CreationTime>"2025-06-10T14:00:00.000Z"', 'asc CreationTime', '1'],
      ]),
    );
    expect(asked).toHaveLength(2);
  });

  it('takes a local time from the field and keeps it in the URL in UTC', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York'; // UTC-4 in June
    try {
      const { router } = renderRoute(vmUrl(''));
      const field = within(await section()).getByLabelText('Restore to…');
      fireEvent.change(field, { target: { value: '2025-06-10T10:00' } });
      expect(
        within(await section()).getByText(
          'Your local time (America/New_York) = 2025-06-10 14:00:00 UTC',
        ),
      ).toBeInTheDocument();
      await userEvent.setup().click(screen.getByRole('button', { name: 'Find restore points' }));
      await waitFor(() => {
        expect(router.state.location.search).toBe('?at=2025-06-10T14%3A00%3A00Z');
      });
      expect(await side('Newest restore point at or before it')).toHaveTextContent(
        '3 d 23 h earlier',
      );
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('says so when the oldest restore point is newer than the time', async () => {
    renderRoute(vmUrl('?at=2025-01-01T00:00:00Z'));
    expect(await screen.findByText('No restore point at or before that time')).toBeInTheDocument();
    expect(
      screen.getByText(/The oldest restore point of print01 is newer than that/),
    ).toBeVisible();
    expect(
      screen.getByRole('region', { name: 'Newest restore point at or before it' }),
    ).toHaveTextContent('None: the oldest restore point is newer than that.');
    expect(
      screen.getByRole('region', { name: 'Oldest restore point (after it)' }),
    ).toHaveTextContent(/later/);
  });

  it('says so when nothing is newer, and when a point is exactly at the time', async () => {
    renderRoute(vmUrl(`?at=${TEST_NOW.toISOString()}`));
    expect(await screen.findByText(/No restore point after that time yet\.$/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'First restore point after it' })).toHaveTextContent(
      'None yet: the point at or before it is the newest.',
    );

    // A point whose time has no fraction, asked for to the millisecond.
    const exact = await pointTimeWithoutFraction();
    renderRoute(vmUrl(`?at=${exact}`));
    expect(
      await screen.findByText('A restore point exists at exactly that time.'),
    ).toBeInTheDocument();
  });

  it('copies the ticket text with the time asked for, the answer and a link that keeps it', async () => {
    renderRoute(vmUrl(`?at=${TUESDAY}`));
    const before = await side('Newest restore point at or before it');
    await within(before).findByRole('link', { name: 'Print Servers' });
    await userEvent.setup().click(within(before).getByRole('button', { name: 'Copy for ticket' }));
    expect(await screen.findByText('Copied for the ticket')).toBeInTheDocument();
    const text = await navigator.clipboard.readText();
    expect(text.split('\n').slice(0, 7)).toEqual([
      'VM: print01',
      'Restore to (local): 2025-06-10 14:00:00 UTC (UTC+00:00)',
      'Restore to (UTC): 2025-06-10 14:00:00 UTC',
      'Newest restore point at or before it: 2025-06-06 14:39:57 UTC (3 d 23 h earlier)',
      'First restore point after it: 2025-06-11 14:31:21 UTC (24 h 31 min later)',
      'Restore point (local): 2025-06-06 14:39:57 UTC (UTC+00:00)',
      'Restore point (UTC): 2025-06-06 14:39:57 UTC',
    ]);
    expect(text).toContain('\nBackup: Print Servers\n');
    expect(text).toContain(
      '\nLink: http://localhost:5173/vms/print01?rpo=24&at=2025-06-10T14%3A00%3A00Z\n',
    );
  });

  it('marks a time in the link it cannot read, and asks nothing', async () => {
    renderRoute(vmUrl('?at=last-tuesday'));
    expect(
      await screen.findByText(/“last-tuesday” in the link is not a date and time/),
    ).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Latest restore point' });
    expect(nearestQueries()).toEqual([]);
  });
});

/** A print01 point whose CreationTimeUTC has no fraction digits, read from the raw JSON. */
async function pointTimeWithoutFraction(): Promise<string> {
  const token = session.get('em')?.token ?? '';
  const filter = encodeURIComponent(`VmName=="${VM}"`);
  const response = await getResponse(
    handlers,
    new Request(
      `http://localhost/api/query?type=VmRestorePoint&format=Entities&pageSize=100&filter=${filter}`,
      { headers: { 'X-RestSvcSessionId': token, Accept: 'application/json' } },
    ),
  );
  const body = (await response?.text()) ?? '';
  const time = /"CreationTimeUTC":"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"/.exec(body)?.[1];
  if (!time) throw new Error('no print01 point without a fraction in the demo data');
  return time;
}
