import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { handlers } from '@/mocks/node';
import { loadPages, renderRoute, signInToEm } from '@/test/render';
import { getResponse } from 'msw';

beforeAll(() => loadPages('/login', '/backups', '/backups/any', '/restore-points/any'));

async function backupId(name: string): Promise<string> {
  const session = await signInToEm();
  const response = await getResponse(
    handlers,
    new Request('http://localhost/api/backups?format=Entity', {
      headers: { 'X-RestSvcSessionId': session.token, Accept: 'application/json' },
    }),
  );
  const body = JSON.parse((await response!.text()).replace(/^\uFEFF/, '')) as {
    Backups: { Name: string; UID: string }[];
  };
  const uid = body.Backups.find((backup) => backup.Name === name)!.UID;
  return uid.slice(uid.lastIndexOf(':') + 1);
}

describe('EM pages', () => {
  it('sends a signed-out visitor to the login page', async () => {
    const { router } = renderRoute('/backups');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Restore Point Explorer' }),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe('?from=%2Fbackups&kind=em');
  });

  it('lists backups with platform and server', async () => {
    await signInToEm();
    renderRoute('/backups');
    const table = await screen.findByRole('table', { name: 'Backups' });
    const row = within(table).getByRole('link', { name: 'SQL Daily' }).closest('tr')!;
    expect(within(row).getByText('VMware vSphere')).toBeInTheDocument();
    expect(within(row).getByText('vbr-hq.corp.local')).toBeInTheDocument();
  });

  it('shows a backup with its restore points newest first, dates filled from the query service', async () => {
    const id = await backupId('Exchange Reverse');
    renderRoute(`/backups/${id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Exchange Reverse' }),
    ).toBeInTheDocument();
    const points = screen.getByRole('table', { name: 'Restore points of Exchange Reverse' });
    await waitFor(() => {
      expect(points.querySelectorAll('time').length).toBe(25); // the first page of its 42
    });
    const dates = [...points.querySelectorAll('time')].map(
      (time) => time.getAttribute('datetime') ?? '',
    );
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("exports a restore point's VM restore points as the table shows them", async () => {
    const id = await backupId('SQL Daily');
    const { router } = renderRoute(`/backups/${id}`);
    const points = await screen.findByRole('table', { name: 'Restore points of SQL Daily' });
    const user = userEvent.setup();
    await user.click(within(points).getAllByRole('link')[0]!);
    await waitFor(() => {
      expect(router.state.location.pathname).toMatch(/^\/restore-points\//);
    });
    const vms = await screen.findByRole('table', { name: /^VM restore points of/ });
    await waitFor(() => {
      expect(within(vms).getAllByRole('row')).toHaveLength(4); // sql01-03 and the header
    });

    // The download link's click is caught: happy-dom would navigate to the blob URL.
    const files = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: /^Export CSV/ }));
    await waitFor(() => {
      expect(files).toHaveBeenCalledTimes(1);
    });
    const csv = await (files.mock.calls[0]?.[0] as Blob).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('VM,Name,Created,Point type,Algorithm,History');
    const cells = lines.slice(1).map((line) => line.split(','));
    expect(cells.map((row) => row[0])).toEqual(['sql01', 'sql02', 'sql03']);
    // Every column of every row, as on screen: the creation time and the point type too.
    for (const row of cells) {
      expect(row[2]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(row[3]).toMatch(/^(Full|Increment)$/);
    }
  });
});
