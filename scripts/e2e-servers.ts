/**
 * Every server the browser tests use, started side by side, and the bundles they serve.
 * playwright.config.ts runs this as its one webServer entry: Playwright starts its entries one
 * after another, each once the one before answers, so each server waited for the one before
 * (docs/performance.md). It says "servers ready" once every port answers, then stays up until
 * Playwright ends it (and with it every server, one process group).
 *
 *   mock      the HTTPS mock, its data laid out from MOCK_NOW        started at once
 *   dev       `vite`, its proxy forwarding to the mock               started at once
 *   preview   `vite preview` of dist-e2e, same proxy                 once the bundles are built
 *   demo      `vite preview --mode demo` of dist-demo                once the bundles are built
 *   nginx     scripts/e2e-nginx.ts over bundles under BASE_PATH      once the bundles are built
 *
 *   tsx scripts/e2e-servers.ts [--reuse]   (E2E_PORT_OFFSET moves every port)
 *   tsx scripts/e2e-servers.ts --build     only the bundles, then exit (`npm run build:e2e`)
 *
 * With --reuse (a local run), a server already answering on its port is used as it is, and its
 * bundle left alone: it is being served. Without it (CI), a port in use is an error. `--build`
 * builds every bundle afresh; a server already up serves the new files from disk.
 * E2E_PREBUILT=1 serves the bundles as they are: `npm run check` builds them beside the unit
 * tests (`build:e2e`), where four builds are work a busy runner does anyway, not a wait.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MOCK_NOW } from '../e2e/mock-clock';
import { buildNginxBundles, nginxE2e, viteBuild } from './e2e-nginx';
import { isEntryPoint } from '../src/mocks/entry-point';

/** The ports of one checkout's browser tests; an offset lets two checkouts run side by side. */
export function e2ePorts(offset: number) {
  return {
    mock: 9443 + offset,
    dev: 5173 + offset,
    preview: 4173 + offset,
    demo: 4174 + offset,
    nginx: nginxE2e(offset).ports.app,
  };
}

/** What the dev and preview proxies need to forward to the HTTPS mock on `port`. */
function proxyToMock(port: number) {
  const url = `https://127.0.0.1:${String(port)}`;
  return {
    VEEAM_EM_URL: url,
    VEEAM_EM_INSECURE_TLS: '1',
    VEEAM_M365_URL: url,
    VEEAM_M365_INSECURE_TLS: '1',
  };
}

const root = resolve(import.meta.dirname, '..');
const bin = {
  tsx: join(root, 'node_modules/tsx/dist/cli.mjs'),
  vite: join(root, 'node_modules/vite/bin/vite.js'),
};

/** Whether something accepts connections on this loopback port. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
      .on('connect', () => {
        socket.end();
        resolve(true);
      })
      .on('error', () => {
        resolve(false);
      });
  });
}

const children: ChildProcess[] = [];

function stop(code: number) {
  for (const child of children) child.kill();
  process.exit(code);
}

/** Waits for every task, then fails with the first error: nothing is left running unseen. */
async function settled(tasks: Promise<unknown>[]) {
  const failed = (await Promise.allSettled(tasks)).find((task) => task.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Starts `args` under node and waits until `port` answers, or fails if the server stops first. */
async function serve(name: string, port: number, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
  });
  children.push(child);
  const stopped = () => child.exitCode !== null || child.signalCode !== null;
  while (!stopped() && !(await answers(port))) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (stopped())
    throw new Error(`The ${name} server stopped before it answered on port ${String(port)}`);
  // A server that stops later fails the tests that need it; the others keep theirs.
  child.on('exit', (code, signal) => {
    console.error(`The ${name} server stopped (${signal ?? `exit code ${String(code)}`})`);
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      reuse: { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
    },
  });
  const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
  const ports = e2ePorts(offset);
  const proxy = proxyToMock(ports.mock);
  const listen = (port: number) => ['--host', '127.0.0.1', '--port', String(port)];
  const dist = { preview: 'dist-e2e', demo: 'dist-demo' };
  // Emptied first: a failed build must not leave the last one to be served as if it were new.
  const fresh = (mode: 'production' | 'demo', outDir: string) => () => {
    rmSync(resolve(root, outDir), { recursive: true, force: true });
    return viteBuild(mode, outDir);
  };
  const builds = {
    preview: { build: fresh('production', dist.preview), dirs: [dist.preview] },
    demo: { build: fresh('demo', dist.demo), dirs: [dist.demo] },
    nginx: {
      build: () => buildNginxBundles(offset),
      dirs: Object.values(nginxE2e(offset).builds),
    },
  };
  if (values.build) {
    await settled(Object.values(builds).map(({ build }) => build()));
    process.exit(0);
  }
  const build = async (name: keyof typeof builds) => {
    if (process.env.E2E_PREBUILT !== '1') return builds[name].build();
    const missing = builds[name].dirs.filter(
      (dir) => !existsSync(resolve(root, dir, 'index.html')),
    );
    if (missing.length) {
      throw new Error(
        `E2E_PREBUILT=1, but no build in ${missing.join(', ')}: run npm run build:e2e`,
      );
    }
  };

  const servers = {
    mock: () => {
      const clock = ['--now', MOCK_NOW.toISOString()];
      const port = ['--port', String(ports.mock)];
      return serve('mock', ports.mock, [bin.tsx, 'src/mocks/http-server.ts', ...port, ...clock]);
    },
    dev: () => serve('dev', ports.dev, [bin.vite, ...listen(ports.dev)], proxy),
    preview: async () => {
      await build('preview');
      const args = ['preview', '--outDir', dist.preview, ...listen(ports.preview)];
      await serve('preview', ports.preview, [bin.vite, ...args], proxy);
    },
    demo: async () => {
      await build('demo');
      const args = ['preview', '--mode', 'demo', '--outDir', dist.demo, ...listen(ports.demo)];
      await serve('demo', ports.demo, [bin.vite, ...args]);
    },
    nginx: async () => {
      await build('nginx');
      await serve('nginx', ports.nginx, [bin.tsx, 'scripts/e2e-nginx.ts', '--prebuilt']);
    },
  };

  await settled(
    Object.entries(servers).map(async ([name, launch]) => {
      const port = ports[name as keyof typeof ports];
      // Anything listening counts (a plain connect); E2E_PORT_OFFSET keeps checkouts apart.
      if (await answers(port)) {
        if (!values.reuse) throw new Error(`Port ${String(port)} (${name}) is already in use`);
        // stderr: Playwright shows a server's stdout only when asked to.
        console.error(`${name}: a server already answers on port ${String(port)}, used as it is`);
        return;
      }
      await launch();
    }),
  );
  // Up until Playwright ends the launcher (a launcher that exited would count as failed).
  process.stdout.write('servers ready\n');
  setInterval(() => undefined, 2 ** 30);
}

if (isEntryPoint(import.meta)) {
  process.on('SIGTERM', () => {
    stop(0);
  });
  process.on('SIGINT', () => {
    stop(0);
  });
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    stop(1);
  });
}
