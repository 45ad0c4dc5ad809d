/**
 * The servers behind the browser benchmark: the production build served by `vite preview`, its
 * proxy pointed at the mock running as an HTTPS server at `large` scale with added latency, the
 * way the app runs in front of a real Enterprise Manager.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO_CREDENTIALS } from '../src/config/demo-accounts';
import { EM_LARGE_FACTS } from '../src/mocks/fixtures/em-types';

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
/** Beside the ports the Playwright suite uses (playwright.config.ts), so both can run at once. */
export const PORTS = { mock: 9493 + offset, app: 4224 + offset };
/** Where every tool (git, lint, prettier) already looks away. */
export const DIST = 'node_modules/.cache/bench-dist';
const bin = (name: string) => `node_modules/.bin/${name}`;

interface Started {
  child: ChildProcess;
  /** What it printed so far (the last 20,000 characters). */
  output: () => string;
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Started {
  // Its own process group, so stopping it stops whatever it started (esbuild…).
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Always read its output: a full pipe would block it.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { child, output: () => output };
}

function stop({ child }: Started): void {
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

async function run(command: string, args: string[]): Promise<void> {
  const started = start(command, args);
  const [code] = (await once(started.child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${started.output()}`);
}

export async function buildApp(): Promise<void> {
  await run(bin('vite'), ['build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn']);
}

/** Waits until the process prints `text`, or fails when it exits first (start-up, not a test). */
async function printed({ child, output }: Started, text: string): Promise<void> {
  while (!output().includes(text)) {
    if (child.exitCode !== null) throw new Error(`exited before it was ready:\n${output()}`);
    await sleep(100);
  }
}

/** Polls until the URL answers (a server starting up, not a page under test). */
async function answers(url: string, { child, output }: Started, limitMs = 60_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < limitMs && child.exitCode === null) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${String(limitMs)} ms:\n${output()}`);
}

export interface Servers {
  appUrl: string;
  stop: () => void;
}

export async function startServers(latencyMs: number): Promise<Servers> {
  const mockUrl = `https://127.0.0.1:${String(PORTS.mock)}`;
  const appUrl = `http://127.0.0.1:${String(PORTS.app)}`;
  const mock = start(bin('tsx'), [
    'src/mocks/http-server.ts',
    ...['--port', String(PORTS.mock), '--scale', 'large', '--latency', String(latencyMs)],
  ]);
  const children = [mock];
  try {
    await printed(mock, 'listening on');
    const proxy = { VEEAM_EM_URL: mockUrl, VEEAM_EM_INSECURE_TLS: '1' };
    const m365 = { VEEAM_M365_URL: mockUrl, VEEAM_M365_INSECURE_TLS: '1' };
    const preview = start(
      bin('vite'),
      [
        'preview',
        '--outDir',
        DIST,
        '--host',
        '127.0.0.1',
        '--port',
        String(PORTS.app),
        '--strictPort',
      ],
      { ...proxy, ...m365 },
    );
    children.push(preview);
    await answers(`${appUrl}/login`, preview);
  } catch (error) {
    children.forEach(stop);
    throw error;
  }
  return { appUrl, stop: () => children.forEach(stop) };
}

export interface Targets {
  bigBackupId: string;
  wideRestorePointId: string;
  /** Of the VMs backed up in the last day, the one whose newest point is oldest. */
  lastDayVm: string;
}

const idOf = (uid: string) => uid.slice(uid.lastIndexOf(':') + 1);
type Query = (search: string) => Promise<{ Refs: { Refs?: { Name: string }[] } | null }>;

/**
 * The hardest name for "VMs with a point in the last day are searchable": among the VMs of the
 * day's oldest points, the one whose newest point is oldest (a VM point's Name is `vm@time`).
 */
async function lastDayVm(query: Query): Promise<string> {
  const since = new Date(Date.now() - 23.5 * 3_600_000).toISOString();
  const filter = (text: string) => `filter=${encodeURIComponent(text)}`;
  const oldest = await query(
    `type=VmRestorePoint&sortAsc=CreationTime&pageSize=200&${filter(`CreationTime>="${since}"`)}`,
  );
  const names = [...new Set((oldest.Refs?.Refs ?? []).map((ref) => ref.Name.split('@')[0] ?? ''))];
  let best = { name: '', newest: '~' };
  for (const name of names.slice(0, 40)) {
    const newest = await query(
      `type=VmRestorePoint&sortDesc=CreationTime&pageSize=1&${filter(`VmName=="${name}"`)}`,
    );
    const time = newest.Refs?.Refs?.[0]?.Name.split('@')[1] ?? '~';
    if (time < best.newest) best = { name, newest: time };
  }
  if (!best.name) throw new Error('no VM with a point in the last day');
  return best.name;
}

/**
 * Finds the big views' ids through the API (they depend on the seed and the time the mock
 * started) and asks the queries those views need once, so the mock's indexes are built before
 * anything is timed.
 */
export async function findTargets(appUrl: string): Promise<Targets> {
  const { username, password } = DEMO_CREDENTIALS.em;
  const logon = await fetch(`${appUrl}/api/sessionMngr/?v=latest`, {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${username}:${password}`)}` },
  });
  const token = logon.headers.get('X-RestSvcSessionId');
  if (!token) throw new Error(`could not sign in to the mock: ${String(logon.status)}`);
  const query = async (search: string) => {
    const response = await fetch(`${appUrl}/api/query?${search}`, {
      headers: { Accept: 'application/json', 'X-RestSvcSessionId': token },
    });
    const text = (await response.text()).replace(/^\uFEFF/, '');
    return JSON.parse(text) as {
      Refs: { Refs?: { UID: string; Name: string }[] } | null;
    };
  };
  const first = async (search: string) => {
    const uid = (await query(search)).Refs?.Refs?.[0]?.UID;
    if (!uid) throw new Error(`nothing found for ${search}`);
    return uid;
  };
  const filter = (text: string) => `filter=${encodeURIComponent(text)}`;
  const backupUid = (name: string) => first(`type=Backup&${filter(`Name=="${name}"`)}`);
  const bigBackup = await backupUid(EM_LARGE_FACTS.bigBackup);
  const wideBackup = await backupUid(EM_LARGE_FACTS.wideBackup);
  const wideRestorePoint = await first(
    `type=RestorePoint&sortDesc=CreationTime&pageSize=1&${filter(`BackupUid=="${wideBackup}"`)}`,
  );
  for (const search of [
    `type=VmRestorePoint&sortDesc=CreationTime&pageSize=50&${filter(`VmName=="${EM_LARGE_FACTS.bigVm}"`)}`,
    `type=VmRestorePoint&sortAsc=Name&pageSize=50&${filter(`RestorePointUid=="${wideRestorePoint}"`)}`,
    `type=RestorePoint&sortDesc=CreationTime&pageSize=50&${filter(`BackupUid=="${bigBackup}"`)}`,
    `type=BackupFile&sortDesc=CreationTimeUTC&pageSize=50&${filter(`BackupUid=="${bigBackup}"`)}`,
    'type=VmRestorePoint&sortDesc=CreationTime&pageSize=1000&page=2',
    'type=Backup&sortAsc=Name&pageSize=50',
  ]) {
    await query(search);
  }
  return {
    bigBackupId: idOf(bigBackup),
    wideRestorePointId: idOf(wideRestorePoint),
    lastDayVm: await lastDayVm(query),
  };
}
