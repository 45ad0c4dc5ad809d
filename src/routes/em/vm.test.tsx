import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW, server } from '@/mocks/node';
import { fetchWholeList } from '@/api/em/query';
import { vmRestorePointFilters, vmRestorePointPage } from '@/api/em/vm-restore-points';
import { renderRoute, signInToEm } from '@/test/render';

/** Demo data the help-desk journeys rely on (src/mocks/fixtures). */
const FACTS = {
  freshVm: 'sql01',
  freshBackup: 'SQL Daily',
  copyBackup: 'SQL Offsite Copy',
  staleVm: 'legacy-app01',
  quotedVm: 'file server "old"',
  nonAsciiVm: 'büro-dc01',
};

// Big pages: skip printing the whole DOM into every failed query while waiting.
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

/** The first render loads the lazy route modules. */
const slow = { timeout: 15_000 };
const vmUrl = (name: string, search = '') => `/vms/${encodeURIComponent(name)}${search}`;
const table = () => screen.findByRole('table', { name: /^Restore points of VM/ });
const heading = (name: string) => screen.findByText(name, { selector: 'h1' }, slow);

describe('VM page', { timeout: 40_000 }, () => {
  it('shows every restore point of sql01 across both backups, newest first, with the latest point card', async () => {
    renderRoute(vmUrl(FACTS.freshVm));
    expect(await heading('sql01')).toBeInTheDocument();
    const card = screen.getByRole('region', { name: 'Latest restore point' });
    expect(within(card).getByText('Within objective')).toBeInTheDocument();
    expect(within(card).getByText(/Within the 24 h recovery point objective/)).toBeInTheDocument();

    const rows = within(await table())
      .getAllByRole('row')
      .slice(1);
    expect(rows.length).toBe(50); // first page of the table
    // Backup names come from batched restore-point queries.
    await waitFor(() => {
      expect(
        within(card).getByRole('link', { name: /^SQL (Daily|Offsite Copy)$/ }),
      ).toBeInTheDocument();
    }, slow);
    const backupLinks = within(await table()).getAllByRole('link', {
      name: /^SQL (Daily|Offsite Copy)$/,
    });
    expect(new Set(backupLinks.map((link) => link.textContent))).toEqual(
      new Set([FACTS.freshBackup, FACTS.copyBackup]),
    );

    // What the page costs, whatever the VM's history: its own queries (the header's
    // background index sweep has no filter) and one batch of backup names for the rows shown.
    await screen.findByText(/restore points of sql01: \d+ restore points from/i, {}, slow);
    const vmQueries = queries.filter(
      (url) => url.searchParams.get('type') === 'VmRestorePoint' && url.searchParams.has('filter'),
    );
    expect(vmQueries.map((url) => url.searchParams.get('filter'))).toEqual([
      'VmName=="sql01"', // the newest page: the card and the table's first page
      'VmName=="sql01"', // the oldest point: with one per page, the count too
      expect.stringMatching(/^VmName=="sql01";CreationTime>="/), // the timeline's period
    ]);
    expect(vmQueries.map((url) => url.searchParams.get('pageSize'))).toEqual(['50', '1', '1000']);
    // Restore point queries of this page (the header's index asks for the backups of every
    // VM's newest point in batches of its own): those about sql01's job runs only.
    const sql01Runs = new Set(
      (
        await fetchWholeList('VmRestorePoint', vmRestorePointPage, {
          filter: vmRestorePointFilters.ofVm(FACTS.freshVm),
        })
      ).map((point) => `UID=="urn:veeam:RestorePoint:${point.restorePoint?.id ?? ''}"`),
    );
    const rpQueries = queries.filter((url) => {
      const filter = url.searchParams.get('filter') ?? '';
      return (
        url.searchParams.get('type') === 'RestorePoint' &&
        (filter.includes('BackupUid') || filter.split(',').every((part) => sql01Runs.has(part)))
      );
    });
    expect(rpQueries).toHaveLength(2); // the rows' parents (one batch), the period's points of their backups
    const uids = rpQueries[0]?.searchParams.get('filter')?.split(',') ?? [];
    expect(uids.length).toBeGreaterThan(0);
    expect(uids.length).toBeLessThanOrEqual(50);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('warns when the newest point is older than the objective, and follows the objective in the URL', async () => {
    const { router } = renderRoute(vmUrl(FACTS.staleVm));
    const card = await screen.findByRole('region', { name: 'Latest restore point' }, slow);
    expect(within(card).getByText('Older than objective')).toBeInTheDocument();
    expect(within(card).getByText('Older than the recovery point objective')).toBeInTheDocument();
    expect(within(card).getByText(/the objective is 24 h/)).toBeInTheDocument();
    expect(await screen.findByText(/1 gap longer than 24 h/, {}, slow)).toBeInTheDocument();

    const input = screen.getByRole('textbox', { name: /Recovery point objective/ });
    const user = userEvent.setup();
    await user.clear(input);
    await user.type(input, '96');
    await waitFor(() => {
      expect(router.state.location.search).toContain('rpo=96');
    });
    expect(await within(card).findByText('Within objective', {}, slow)).toBeInTheDocument();
  });

  it('reads the objective and the period from the URL', async () => {
    renderRoute(vmUrl(FACTS.staleVm, '?rpo=96&days=7'));
    const card = await screen.findByRole('region', { name: 'Latest restore point' }, slow);
    expect(within(card).getByText('Within objective')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '7 d' })).toBeChecked();
  });

  it('finds names with quotes and non-ASCII characters exactly', async () => {
    renderRoute(vmUrl(FACTS.quotedVm));
    expect(await heading(FACTS.quotedVm)).toBeInTheDocument();
    renderRoute(vmUrl('BÜRO-DC01'));
    expect(await heading(FACTS.nonAsciiVm)).toBeInTheDocument();
  });

  it('says clearly when a VM has no restore points', async () => {
    renderRoute(vmUrl('no-such-vm'));
    expect(
      await screen.findByText("No restore points found for VM 'no-such-vm'.", {}, slow),
    ).toBeInTheDocument();
    expect(screen.getByText(/names match exactly, ignoring case/)).toBeInTheDocument();
    expect(screen.queryByTestId('query-error')).not.toBeInTheDocument();
  });

  it('copies the ticket text of the newest point to the clipboard', async () => {
    renderRoute(vmUrl(FACTS.freshVm));
    const card = await screen.findByRole('region', { name: 'Latest restore point' }, slow);
    await waitFor(() => {
      expect(
        within(card).getByRole('link', { name: /^SQL (Daily|Offsite Copy)$/ }),
      ).toBeInTheDocument();
    }, slow);
    await userEvent.setup().click(within(card).getByRole('button', { name: 'Copy for ticket' }));
    expect(await screen.findByText('Copied for the ticket')).toBeInTheDocument();
    const text = await navigator.clipboard.readText();
    expect(text).toMatch(/^VM: sql01\n/);
    expect(text).toMatch(/\nNewest restore point \(UTC\): 2025-06-16 \d\d:\d\d:\d\d UTC\n/);
    expect(text).toMatch(/\nBackup: SQL (Daily|Offsite Copy)\n/);
    expect(text).toMatch(/\nVM restore point UID: urn:veeam:VmRestorePoint:[0-9a-f-]{36}\n/);
    expect(text).toContain('\nLink: http://localhost:5173/vms/sql01?rpo=24\n');
  });
});
