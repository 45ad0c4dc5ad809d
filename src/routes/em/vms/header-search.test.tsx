import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb } from '@/mocks/db';
import { TEST_NOW, server } from '@/mocks/node';
import { loadPages, renderRoute, signInToEm } from '@/test/render';
import { recordRequests, urls } from '@/test/requests';
import { vmIndexStore } from './vm-index-store';

beforeAll(() => loadPages('/backups', '/vms', '/vms/any'));

configure({ getElementError: (message) => new Error(message ?? 'not found') });

let requests: Request[] = [];

beforeEach(async () => {
  vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'] });
  await signInToEm();
  requests = recordRequests();
});
afterEach(() => {
  vi.useRealTimers();
});

async function openBackupsWithIndex() {
  const view = renderRoute('/backups');
  await screen.findByText('Backups', { selector: 'h1' });
  await waitFor(() => {
    expect(vmIndexStore.getSnapshot().status).toBe('ready');
  });
  return view;
}

/** A page of the index sweep: VM restore points from the query service, without a filter. */
const isSweepUrl = (url: URL) =>
  url.pathname === '/api/query' &&
  url.searchParams.get('type') === 'VmRestorePoint' &&
  !url.searchParams.has('filter');
const sweepPages = () => urls(requests).filter(isSweepUrl);

describe('header search', () => {
  it('indexes VM names once in the background with the paged query service', async () => {
    const { router } = await openBackupsWithIndex();
    // One sweep: each page of the demo's VM restore points once, 1000 to a page.
    const points = createDb({ now: TEST_NOW }).em.vmRestorePoints.count;
    const pages = Array.from({ length: Math.ceil(points / 1000) }, (_, i) => String(i + 1));
    expect(sweepPages().map((url) => url.searchParams.get('page'))).toEqual(pages);
    expect(sweepPages().every((url) => url.searchParams.get('type') === 'VmRestorePoint')).toBe(
      true,
    );
    expect(
      urls(requests).some((url) =>
        /\/api\/backups\/[^/]+\/(restorePoints|backupFiles)/.test(url.pathname),
      ),
    ).toBe(false);

    // Another page that searches the index reuses it: no second sweep.
    await router.navigate('/vms?q=sql');
    expect(await screen.findByRole('table', { name: 'VMs matching “sql”' })).toBeInTheDocument();
    expect(sweepPages()).toHaveLength(pages.length);
  });

  it('focuses with "/", finds VMs as you type without a request per key, and opens the chosen VM', async () => {
    const { router } = await openBackupsWithIndex();
    const user = userEvent.setup();
    await user.keyboard('/');
    const input = screen.getByRole('combobox', { name: 'Find a VM' });
    expect(input).toHaveFocus();
    requests.length = 0;
    await user.keyboard('leg');
    const listbox = await screen.findByRole('listbox');
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
    });
  });

  it('opens the best match with Enter and focuses with Ctrl+K', async () => {
    const { router } = await openBackupsWithIndex();
    const user = userEvent.setup();
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.getByRole('combobox', { name: 'Find a VM' })).toHaveFocus();
    await user.keyboard('SQL');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/vms/sql01');
    });
  });

  it('caps the list and leads to all matches, which export like every list', async () => {
    const { router } = await openBackupsWithIndex();
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Find a VM' }));
    await user.keyboard('0');
    const listbox = await screen.findByRole('listbox');
    const showAll = within(listbox).getByRole('option', { name: /^Show all \d+ matches$/ });
    const matches = Number(/\d+/.exec(showAll.textContent)?.[0]);
    expect(within(listbox).getAllByRole('option')).toHaveLength(21);
    await user.click(showAll);
    await waitFor(() => {
      expect(router.state.location.pathname + router.state.location.search).toBe('/vms?q=0');
    });
    const table = await screen.findByRole('table', { name: 'VMs matching “0”' });
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBe(Math.min(matches, 25) + 1);
    expect(rows[1]).toHaveTextContent(/^[^0]*0/);

    // The export holds every match, not only the page shown. (The download link's click
    // is caught: happy-dom would navigate the test's window to the blob URL.)
    const files = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export');
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(files).toHaveBeenCalledTimes(1);
    expect(downloads).toEqual([expect.stringMatching(/^vms-matching-0-2025-06-16\.csv$/)]);
    const csv = await (files.mock.calls[0]?.[0] as Blob).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'VM,Newest restore point,Point type,Restore points,Oldest restore point,Backup servers',
    );
    expect(lines).toHaveLength(matches + 1);
    expect(lines.slice(1).every((line) => /^[^,]*0/.test(line))).toBe(true);
  });

  it('offers the exact name when nothing contains the text', async () => {
    const { router } = await openBackupsWithIndex();
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Find a VM' }));
    await user.keyboard('zzz');
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByText('No VM name contains “zzz”.')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/vms/zzz');
    });
    expect(await screen.findByText("No restore points found for VM 'zzz'.")).toBeInTheDocument();
  });
});

/** A promise the test settles by hand: a request that awaits it waits until then. */
function gate() {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { held, release: () => release() };
}

describe('the VM-name index in the search dropdown', () => {
  const isSweep = (request: Request) => isSweepUrl(new URL(request.url));
  const status = () => screen.getByTestId('vm-index-status');
  const openSearch = async (user: ReturnType<typeof userEvent.setup>) => {
    await user.click(screen.getByRole('combobox', { name: 'Find a VM' }));
    return screen.findByTestId('vm-index-status');
  };

  it('says when the names could not be loaded, and Try again loads them', async () => {
    server.use(
      http.get('*/api/query', ({ request }) =>
        isSweep(request)
          ? HttpResponse.json({ Message: 'Database is offline', StatusCode: 500 }, { status: 500 })
          : undefined,
      ),
    );
    renderRoute('/backups');
    await screen.findByText('Backups', { selector: 'h1' });
    const user = userEvent.setup();
    await openSearch(user);
    await waitFor(() => {
      expect(status()).toHaveTextContent(
        'Could not load the VM names: This is usually temporary. The server said: “Database is offline”',
      );
    });

    server.resetHandlers(); // the server is back
    await user.click(within(status()).getByRole('button', { name: 'Try again' }));
    await waitFor(() => {
      expect(status()).toHaveTextContent(/^Names as of \d\d:\d\d \(\d+ VMs\)/);
    });
    expect(screen.getByRole('combobox', { name: 'Find a VM' })).toHaveFocus();
  });

  it('Cancel stops a running sweep and keeps what it found; Resume finishes it', async () => {
    const { held, release } = gate();
    // The sweep's pages after the first (several in flight at once) wait until the test lets them go.
    server.use(
      http.get('*/api/query', async ({ request }) => {
        if (isSweep(request) && new URL(request.url).searchParams.get('page') !== '1') await held;
        return undefined; // on to the mock's own handler
      }),
    );
    renderRoute('/backups');
    await screen.findByText('Backups', { selector: 'h1' });
    const user = userEvent.setup();
    await openSearch(user);
    await waitFor(() => {
      expect(status()).toHaveTextContent(/^Indexing VM names… 1 of \d+ pages/);
    });

    await user.click(within(status()).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(status()).toHaveTextContent(/^Indexing cancelled; \d+ VMs found so far\./);
    });
    expect(vmIndexStore.getSnapshot()).toMatchObject({ status: 'cancelled', complete: false });
    expect(vmIndexStore.getSnapshot().entries.length).toBeGreaterThan(0);
    release();

    await user.click(within(status()).getByRole('button', { name: 'Resume' }));
    await waitFor(() => {
      expect(status()).toHaveTextContent(/^Names as of \d\d:\d\d \(\d+ VMs\)/);
    });
  });

  it('Refresh sweeps again and keeps the names searchable meanwhile', async () => {
    await openBackupsWithIndex();
    const user = userEvent.setup();
    await openSearch(user);
    const firstSweep = requests.filter(isSweep).length;
    const names = vmIndexStore.getSnapshot().entries.length;
    const { held, release } = gate();
    server.use(
      http.get('*/api/query', async ({ request }) => {
        if (isSweep(request)) await held; // the refresh waits until the test lets it go
        return undefined;
      }),
    );

    await user.click(within(status()).getByRole('button', { name: 'Refresh VM names' }));
    await waitFor(() => {
      expect(status()).toHaveTextContent(/^Names as of \d\d:\d\d; refreshing…/);
    });
    await user.keyboard('sql');
    const listbox = await screen.findByRole('listbox', { name: 'Matching VMs' });
    expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent(/^sql01/);

    release();
    await waitFor(() => {
      expect(status()).toHaveTextContent(`(${String(names)} VMs)`);
    });
    expect(requests.filter(isSweep)).toHaveLength(2 * firstSweep);
  });
});
