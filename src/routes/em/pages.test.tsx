import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '@/mocks/node';
import { loadPages, renderRoute, signInToEm } from '@/test/render';
import { getResponse } from 'msw';

beforeAll(() => loadPages('/login', '/backups', '/backups/any'));

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
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Exchange Reverse' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const points = screen.getByRole('table', { name: 'Restore points of Exchange Reverse' });
    await waitFor(() => {
      expect(points.querySelectorAll('time').length).toBe(42);
    });
    const dates = [...points.querySelectorAll('time')].map(
      (time) => time.getAttribute('datetime') ?? '',
    );
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
