import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildVmIndex } from '@/api/em/vm-index/sweep';
import { TEST_NOW, server } from '@/mocks/node';
import { renderRoute, signInToEm } from '@/test/render';

/**
 * The demo estate at TEST_NOW (src/mocks/fixtures/em.ts): 30 VMs. Outside a 24 h objective:
 * the Legacy Apps VMs (72 h), Branch Archive (50 h), Tenant Beta (30 h); retired: erp-old01.
 */
const OUTSIDE = ['legacy-app01', 'legacy-app02', 'branch-archive01', 'beta-web01'];
const RETIRED = 'erp-old01';
const VM_COUNT = 30;

configure({ getElementError: (message) => new Error(message ?? 'not found') });

let requests: URL[] = [];
const record = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/sessionMngr'))
    requests.push(url);
};

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

const list = (name: RegExp | string) => screen.findByRole('table', { name });
const vmNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
const countButton = (name: RegExp) => screen.getByRole('button', { name });
/** Waits until the index is complete: "Names as of …" replaces the progress. */
const indexReady = async () =>
  within(await screen.findByRole('main')).findByText(/^Names as of \d\d:\d\d \(\d+ VMs\)$/);

describe('EM overview', () => {
  it('is home after sign-in: counts within, outside and retired, and lists every VM', async () => {
    const { router } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/overview');
    await indexReady();
    const table = await list('All VMs');
    await waitFor(() => {
      expect(countButton(/Within objective/)).toHaveTextContent(/^25Within objective/);
    });
    expect(countButton(/Outside objective/)).toHaveTextContent(/^4Outside objective/);
    expect(countButton(/Likely retired/)).toHaveTextContent(/^1Likely retired/);
    expect(screen.getByText(`${String(VM_COUNT)} rows`)).toBeInTheDocument();
    // Oldest newest point first: the retired VM, then the four outside the objective.
    expect(vmNames(table).slice(0, 5)).toEqual([RETIRED, ...OUTSIDE]);

    const perServer = screen.getByRole('table', { name: 'VMs per backup server' });
    const cells = (server: string) =>
      within(perServer).getByRole('button', { name: server }).closest('tr')?.querySelectorAll('td');
    const numbers = (server: string) =>
      [...(cells(server) ?? [])].slice(1, 5).map((cell) => cell.textContent);
    expect(numbers('vbr-hq.corp.local')).toEqual(['19', '2', '1', '22']);
    expect(numbers('vbr-branch.corp.local')).toEqual(['3', '1', '0', '4']);
    expect(numbers('vbr-cloud.corp.local')).toEqual(['3', '1', '0', '4']);
  });

  it('filters to "outside objective" from its count, by server and backup, all in the URL', async () => {
    const { router } = renderRoute('/overview');
    await indexReady();
    const user = userEvent.setup();
    await user.click(countButton(/Outside objective/));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?state=outside');
    });
    const outside = await list('VMs outside the objective');
    expect(vmNames(outside).sort()).toEqual([...OUTSIDE].sort());
    expect(countButton(/Outside objective/)).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'vbr-branch.corp.local' }));
    const branch = await list('VMs outside the objective on vbr-branch.corp.local');
    expect(vmNames(branch)).toEqual(['branch-archive01']);
    expect(router.state.location.search).toBe('?state=outside&server=vbr-branch.corp.local');
    // The counts follow the server; the list follows the state too.
    expect(countButton(/Within objective/)).toHaveTextContent(/^3Within/);

    // Clicking the pressed count again lists every state of that server.
    await user.click(countButton(/Outside objective/));
    const all = await list('All VMs on vbr-branch.corp.local');
    expect(vmNames(all).sort()).toEqual([
      'branch-archive01',
      'branch-dc01',
      'branch-fs01',
      'print01',
    ]);
  });

  it('reads the objective, the retired threshold and the filters from a shared link', async () => {
    renderRoute('/overview?rpo=48&retired=60&state=outside');
    await indexReady();
    const outside = await list('VMs outside the objective');
    // 48 h: the 30 h one is within; 60 days: erp-old01 (35 days) is outside, not retired.
    expect(vmNames(outside).sort()).toEqual(
      ['erp-old01', 'legacy-app01', 'legacy-app02', 'branch-archive01'].sort(),
    );
    expect(countButton(/Likely retired/)).toHaveTextContent(/^0Likely retired/);
    expect(screen.getByRole('textbox', { name: /Recovery point objective/ })).toHaveValue('48');

    renderRoute('/overview?backup=Legacy%20Apps');
    const legacy = await list('All VMs in Legacy Apps');
    expect(vmNames(legacy).sort()).toEqual(['legacy-app01', 'legacy-app02']);
  });

  it('costs no request beyond the VM-name index, whatever you filter', async () => {
    // What the index alone costs, measured by running its sweep.
    await buildVmIndex();
    const sweep = requests.length;
    expect(sweep).toBeGreaterThan(0);
    await signInToEm(); // a new session: the page builds its own index
    requests = [];

    renderRoute('/overview');
    await indexReady();
    await list('All VMs');
    expect(requests).toHaveLength(sweep);
    expect(requests.every((url) => !url.searchParams.get('filter')?.includes('VmName'))).toBe(true);

    const user = userEvent.setup();
    await user.click(countButton(/Outside objective/));
    await list('VMs outside the objective');
    await user.click(screen.getByRole('button', { name: 'vbr-hq.corp.local' }));
    await list('VMs outside the objective on vbr-hq.corp.local');
    // One input event (each keystroke would be a navigation of its own).
    await user.click(screen.getByRole('textbox', { name: /VM name in/ }));
    await user.paste('app02');
    expect(await screen.findByText('1 of 2 rows')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Age/ }));
    expect(requests).toHaveLength(sweep);
  });
});
