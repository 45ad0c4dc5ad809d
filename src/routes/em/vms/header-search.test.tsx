import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW, server } from '@/mocks/node';
import { renderRoute, signInToEm } from '@/test/render';
import { vmIndexStore } from './vm-index-store';

configure({ getElementError: (message) => new Error(message ?? 'not found') });

let requests: URL[] = [];
const record = ({ request }: { request: Request }) => {
  requests.push(new URL(request.url));
};
const slow = { timeout: 15_000 };

beforeEach(async () => {
  vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'] });
  await signInToEm();
  requests = [];
  server.events.on('request:start', record);
});
afterEach(() => {
  server.events.removeListener('request:start', record);
  vi.useRealTimers();
});

async function openBackupsWithIndex() {
  const view = renderRoute('/backups');
  await screen.findByText('Backups', { selector: 'h1' }, slow);
  await waitFor(() => {
    expect(vmIndexStore.getSnapshot().status).toBe('ready');
  }, slow);
  return view;
}

describe('header search', { timeout: 40_000 }, () => {
  it('indexes VM names once in the background with the paged query service', async () => {
    await openBackupsWithIndex();
    const sweep = requests.filter(
      (url) => url.pathname === '/api/query' && url.searchParams.get('type') === 'VmRestorePoint',
    );
    expect(sweep.length).toBeGreaterThan(0);
    expect(sweep.every((url) => !url.searchParams.has('filter'))).toBe(true);
    expect(
      requests.some((url) =>
        /\/api\/backups\/[^/]+\/(restorePoints|backupFiles)/.test(url.pathname),
      ),
    ).toBe(false);
  });

  it('focuses with "/", finds VMs as you type without a request per key, and opens the chosen VM', async () => {
    const { router } = await openBackupsWithIndex();
    const user = userEvent.setup();
    await user.keyboard('/');
    const input = screen.getByRole('combobox', { name: 'Find a VM' });
    expect(input).toHaveFocus();
    requests = [];
    await user.keyboard('leg');
    const listbox = await screen.findByRole('listbox', {}, slow);
    const options = within(listbox).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringMatching(/^legacy-app01/),
      expect.stringMatching(/^legacy-app02/),
    ]);
    expect(options[0]).toHaveTextContent(/restore points/);
    expect(within(options[0]!).getByText('leg', { selector: 'mark' })).toBeInTheDocument();
    expect(requests).toEqual([]); // searching is local

    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/vms/legacy-app02');
    }, slow);
  });

  it('opens the best match with Enter and focuses with Ctrl+K', async () => {
    const { router } = await openBackupsWithIndex();
    const user = userEvent.setup();
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.getByRole('combobox', { name: 'Find a VM' })).toHaveFocus();
    await user.keyboard('SQL');
    await screen.findByRole('listbox', {}, slow);
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/vms/sql01');
    }, slow);
  });

  it('caps the list and leads to all matches, which export like every list', async () => {
    const { router } = await openBackupsWithIndex();
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Find a VM' }));
    await user.keyboard('0');
    const listbox = await screen.findByRole('listbox', {}, slow);
    const showAll = within(listbox).getByRole('option', { name: /^Show all \d+ matches$/ });
    expect(within(listbox).getAllByRole('option')).toHaveLength(21);
    await user.click(showAll);
    await waitFor(() => {
      expect(router.state.location.pathname + router.state.location.search).toBe('/vms?q=0');
    }, slow);
    const table = await screen.findByRole('table', { name: 'VMs matching “0”' }, slow);
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(21);
    expect(rows[1]).toHaveTextContent(/^[^0]*0/);
  });

  it('offers the exact name when nothing contains the text', async () => {
    const { router } = await openBackupsWithIndex();
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Find a VM' }));
    await user.keyboard('zzz');
    const listbox = await screen.findByRole('listbox', {}, slow);
    expect(within(listbox).getByText('No VM name contains “zzz”.')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/vms/zzz');
    }, slow);
    expect(
      await screen.findByText("No restore points found for VM 'zzz'.", {}, slow),
    ).toBeInTheDocument();
  });
});
