import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb } from '@/mocks/db';
import { TEST_NOW } from '@/mocks/node';
import { fetchWholeList } from '@/api/em/query';
import { vmRestorePointFilters, vmRestorePointPage } from '@/api/em/vm-restore-points';
import { loadPages, renderRoute, signInToEm } from '@/test/render';
import { recordRequests, urls } from '@/test/requests';

beforeAll(() => loadPages('/vms/any', '/login'));

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

let requests: Request[] = [];
/** The query-service calls since the test signed in. */
const queries = () => urls(requests).filter((url) => url.pathname === '/api/query');

beforeEach(async () => {
  vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'] });
  await signInToEm();
  requests = recordRequests();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Every VM name in the demo's restore points. */
const vmNames = () => {
  const points = createDb({ now: TEST_NOW }).em.vmRestorePoints;
  return Array.from({ length: points.count }, (_, row) => points.at(row).vmName);
};
const vmUrl = (name: string, search = '') => `/vms/${encodeURIComponent(name)}${search}`;
const table = () => screen.findByRole('table', { name: /^Restore points of VM/ });
const heading = (name: string) => screen.findByText(name, { selector: 'h1' });

describe('VM page', () => {
  it('shows every restore point of sql01 across both backups, newest first, with the latest point card', async () => {
    renderRoute(vmUrl(FACTS.freshVm));
    expect(await heading('sql01')).toBeInTheDocument();
    const card = screen.getByRole('region', { name: 'Latest restore point' });
    expect(within(card).getByText('Within objective')).toBeInTheDocument();
    expect(within(card).getByText(/Within the 24 h recovery point objective/)).toBeInTheDocument();

    const rows = within(await table())
      .getAllByRole('row')
      .slice(1);
    expect(rows.length).toBe(25); // first page of the table
    // Backup names come from batched restore-point queries.
    await waitFor(() => {
      expect(
        within(card).getByRole('link', { name: /^SQL (Daily|Offsite Copy)$/ }),
      ).toBeInTheDocument();
    });
    const backupLinks = within(await table()).getAllByRole('link', {
      name: /^SQL (Daily|Offsite Copy)$/,
    });
    expect(new Set(backupLinks.map((link) => link.textContent))).toEqual(
      new Set([FACTS.freshBackup, FACTS.copyBackup]),
    );

    // What the page costs, whatever the VM's history: its own queries (the header's
    // background index sweep has no filter, and settles its newest points by UID) and one
    // batch of backup names for the rows shown.
    await screen.findByText(/restore points of sql01: \d+ restore points from/i);
    const vmQueries = queries().filter(
      (url) =>
        url.searchParams.get('type') === 'VmRestorePoint' &&
        url.searchParams.get('filter')?.startsWith('VmName=='),
    );
    expect(vmQueries.map((url) => url.searchParams.get('filter'))).toEqual([
      'VmName=="sql01"', // the newest page: the card and the table's first page
      'VmName=="sql01"', // the oldest point: with one per page, the count too
      expect.stringMatching(/^VmName=="sql01";CreationTime>="/), // the timeline's period
    ]);
    expect(vmQueries.map((url) => url.searchParams.get('pageSize'))).toEqual(['25', '1', '1000']);
    // Restore point queries of this page (the header's index asks for the backups of every
    // VM's newest point in batches of its own): those about sql01's job runs only.
    const sql01Runs = new Set(
      (
        await fetchWholeList('VmRestorePoint', vmRestorePointPage, {
          filter: vmRestorePointFilters.ofVm(FACTS.freshVm),
        })
      ).map((point) => `UID=="urn:veeam:RestorePoint:${point.restorePoint?.id ?? ''}"`),
    );
    const rpQueries = queries().filter((url) => {
      const filter = url.searchParams.get('filter') ?? '';
      return (
        url.searchParams.get('type') === 'RestorePoint' &&
        (filter.includes('BackupUid') || filter.split(',').every((part) => sql01Runs.has(part)))
      );
    });
    expect(rpQueries).toHaveLength(2); // the rows' parents (one batch), the period's points of their backups
    const uids = rpQueries[0]?.searchParams.get('filter')?.split(',') ?? [];
    expect(uids.length).toBeGreaterThan(0);
    expect(uids.length).toBeLessThanOrEqual(25);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('warns when the newest point is older than the objective, and follows the objective in the URL', async () => {
    const { router } = renderRoute(vmUrl(FACTS.staleVm));
    const card = await screen.findByRole('region', { name: 'Latest restore point' });
    expect(within(card).getByText('Older than objective')).toBeInTheDocument();
    expect(within(card).getByText('Older than the recovery point objective')).toBeInTheDocument();
    expect(within(card).getByText(/the objective is 24 h/)).toBeInTheDocument();
    expect(await screen.findByText(/1 gap longer than 24 h/)).toBeInTheDocument();

    const input = screen.getByRole('textbox', { name: /Recovery point objective/ });
    const user = userEvent.setup();
    await user.clear(input);
    await user.type(input, '96');
    await waitFor(() => {
      expect(router.state.location.search).toContain('rpo=96');
    });
    expect(await within(card).findByText('Within objective')).toBeInTheDocument();
  });

  it('reads the objective and the period from the URL', async () => {
    renderRoute(vmUrl(FACTS.staleVm, '?rpo=96&days=7'));
    const card = await screen.findByRole('region', { name: 'Latest restore point' });
    expect(within(card).getByText('Within objective')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '7 d' })).toBeChecked();
  });

  // The heading repeats the URL's name, so the rows are the proof: every one is a restore
  // point of exactly that VM.
  const pointNames = async () =>
    within(await table())
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getByRole('link', { name: /@/ }).textContent);

  it('finds a name with quotes exactly', async () => {
    renderRoute(vmUrl(FACTS.quotedVm));
    expect(await heading(FACTS.quotedVm)).toBeInTheDocument();
    const names = await pointNames();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.startsWith(`${FACTS.quotedVm}@`))).toBe(true);
  });

  it('finds a non-ASCII name exactly, whatever its case in the URL', async () => {
    renderRoute(vmUrl('BÜRO-DC01'));
    expect(await heading(FACTS.nonAsciiVm)).toBeInTheDocument();
    const names = await pointNames();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.startsWith(`${FACTS.nonAsciiVm}@`))).toBe(true);
  });

  it('says clearly when a VM has no restore points', async () => {
    renderRoute(vmUrl('no-such-vm'));
    expect(
      await screen.findByText("No restore points found for VM 'no-such-vm'."),
    ).toBeInTheDocument();
    expect(screen.getByText(/names match exactly, ignoring case/)).toBeInTheDocument();
    expect(screen.queryByTestId('query-error')).not.toBeInTheDocument();
  });

  it('suggests the VMs whose name contains an unknown name, and opens one', async () => {
    const { router } = renderRoute(vmUrl('sql0'));
    expect(await screen.findByText("No restore points found for VM 'sql0'.")).toBeInTheDocument();
    // The suggestions come from the VM-name index, built in the background after sign-in.
    expect(await screen.findByText('VMs whose name contains “sql0”:')).toBeInTheDocument();
    const names = [...new Set(vmNames())];
    const expected = names.filter((name) => name.toLowerCase().includes('sql0')).sort();
    expect(expected.length).toBeGreaterThan(1);
    const suggested = within(screen.getByText('VMs whose name contains “sql0”:').parentElement!)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect([...suggested].sort()).toEqual(expected.slice(0, 8));
    await userEvent.setup().click(screen.getByRole('link', { name: 'sql01' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/vms/sql01');
    });
    expect(await heading('sql01')).toBeInTheDocument();
  });

  it('shows the ticket text to copy by hand when the browser refuses the clipboard', async () => {
    const user = userEvent.setup(); // puts its own clipboard on navigator: refuse that one
    const refused = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    renderRoute(vmUrl(FACTS.freshVm));
    const card = await screen.findByRole('region', { name: 'Latest restore point' });
    await waitFor(() => {
      expect(
        within(card).getByRole('link', { name: /^SQL (Daily|Offsite Copy)$/ }),
      ).toBeInTheDocument();
    });
    await user.click(within(card).getByRole('button', { name: 'Copy for ticket' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy this into the ticket' });
    expect(refused).toHaveBeenCalledTimes(1);
    expect(within(dialog).getByText(/did not allow writing to the clipboard/)).toBeInTheDocument();
    const text = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Ticket text' });
    expect(text.value).toMatch(/^VM: sql01\n/);
    expect(text.value).toBe(refused.mock.calls[0]?.[0]);
    expect(screen.queryByText('Copied for the ticket')).toBeNull();
  });

  it('copies the ticket text of the newest point to the clipboard', async () => {
    renderRoute(vmUrl(FACTS.freshVm));
    const card = await screen.findByRole('region', { name: 'Latest restore point' });
    await waitFor(() => {
      expect(
        within(card).getByRole('link', { name: /^SQL (Daily|Offsite Copy)$/ }),
      ).toBeInTheDocument();
    });
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
