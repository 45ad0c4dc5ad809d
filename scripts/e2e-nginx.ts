/**
 * The host of the Playwright project `nginx`: the deployment of docs/deploy.md, on loopback.
 * It builds the production bundle and the demo under BASE_PATH (once each, unless `--prebuilt`:
 * scripts/e2e-servers.ts built them), starts the HTTPS mock with its self-signed certificate in
 * files, fills deploy/nginx.conf.template with deploy/render-nginx-conf.sh three times, and runs
 * Debian's nginx in the foreground:
 *
 *   ports.app        the production bundle; the API goes to the mock, verified against
 *                    the mock's certificate given as the CA bundle (verification stays on)
 *   ports.demo       the demo bundle (the mock in a service worker), under the same headers
 *   ports.untrusted  the production bundle, verification on with a CA that did not sign
 *                    the mock's certificate: every API call must fail. It has a mock of its
 *                    own: nginx shares TLS sessions between blocks that name the same
 *                    upstream, and a resumed session is not verified again.
 *
 * nginx's own TLS certificate is the mock's (it names localhost and 127.0.0.1). Everything
 * lives in one temp directory; started as root, nginx runs its workers as nobody.
 *
 *   tsx scripts/e2e-nginx.ts [--prebuilt]   (E2E_PORT_OFFSET moves the ports)
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isEntryPoint } from '../src/mocks/entry-point';

export const BASE_PATH = '/restore-explorer/';

export function nginxE2e(offset: number) {
  const ports = {
    app: 8443 + offset,
    demo: 8444 + offset,
    untrusted: 8445 + offset,
    mock: 9444 + offset,
    untrustedMock: 9445 + offset,
  };
  const dir = join(tmpdir(), `rpe-e2e-nginx-${String(ports.app)}`);
  return { ports, dir, builds: { app: join(dir, 'app'), demo: join(dir, 'demo') } };
}

const root = resolve(import.meta.dirname, '..');

/** `vite build` in a process of its own: the config reads BASE_PATH from the environment. */
export function viteBuild(
  mode: 'production' | 'demo',
  outDir: string,
  env: NodeJS.ProcessEnv = {},
) {
  const args = ['build', '--mode', mode, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  const vite = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
  });
  return new Promise<void>((resolve, reject) => {
    vite.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`vite ${args.join(' ')} failed (exit code ${String(code)})`));
    });
  });
}

/**
 * The production and demo bundles under BASE_PATH, built side by side, each into a fresh folder of
 * `dir`; the rest of `dir` (a running nginx's configuration and certificates) stays.
 */
export async function buildNginxBundles(offset: number) {
  const { dir, builds } = nginxE2e(offset);
  // nginx's workers (nobody) must read the bundles.
  process.umask(0o022);
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  for (const bundle of Object.values(builds)) rmSync(bundle, { recursive: true, force: true });
  await Promise.all([
    viteBuild('production', builds.app, { BASE_PATH }),
    viteBuild('demo', builds.demo, { BASE_PATH }),
  ]);
}

/** One server block from the template, exactly as an operator would make it. */
function render(vars: Record<string, string>): string {
  return execFileSync('sh', [join(root, 'deploy/render-nginx-conf.sh')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...vars },
  });
}

function mainConfig(dir: string, servers: string[]): string {
  const asRoot = process.getuid?.() === 0;
  return [
    // Workers never run as root (nginx ignores `user` for an unprivileged master).
    asRoot ? 'user nobody nogroup;' : '',
    'worker_processes 1;',
    'daemon off;',
    `pid ${dir}/nginx.pid;`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${dir}/temp/${kind};`,
    ),
    ...servers.map((server) => `  include ${server};`),
    '}',
    '',
  ].join('\n');
}

async function main() {
  const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
  const { ports, dir, builds } = nginxE2e(offset);
  if (!process.argv.includes('--prebuilt')) await buildNginxBundles(offset);
  for (const bundle of Object.values(builds)) {
    if (!existsSync(join(bundle, 'index.html'))) {
      throw new Error(
        `No bundle in ${bundle}: build it first (npm run build:e2e), or drop --prebuilt`,
      );
    }
  }
  process.umask(0o022);
  mkdirSync(join(dir, 'temp'), { recursive: true });

  const { startMockServer } = await import('../src/mocks/http-server');
  // Fresh certificates for each start, not an earlier run's.
  const tls = join(dir, 'tls');
  rmSync(tls, { recursive: true, force: true });
  for (const port of [ports.mock, ports.untrustedMock]) {
    await startMockServer({ port, host: '127.0.0.1', https: true, tlsDir: tls });
  }
  const { generate } = await import('selfsigned');
  const stranger = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
  });
  writeFileSync(join(tls, 'untrusted-ca.pem'), stranger.cert);

  const site = (port: number, bundle: string, ca: string, upstream = ports.mock) => ({
    RPE_SERVER_NAME: 'localhost',
    RPE_LISTEN: `127.0.0.1:${String(port)}`,
    RPE_TLS_CERT: join(tls, 'cert.pem'),
    RPE_TLS_KEY: join(tls, 'key.pem'),
    RPE_ROOT: bundle,
    RPE_BASE_PATH: BASE_PATH,
    RPE_EM_URL: `https://127.0.0.1:${String(upstream)}`,
    RPE_EM_TLS_NAME: 'localhost',
    RPE_EM_CA: ca,
    RPE_M365_URL: `https://127.0.0.1:${String(upstream)}`,
    RPE_M365_TLS_NAME: 'localhost',
    RPE_M365_CA: ca,
  });
  const servers = {
    app: site(ports.app, builds.app, join(tls, 'cert.pem')),
    demo: site(ports.demo, builds.demo, join(tls, 'cert.pem')),
    untrusted: site(
      ports.untrusted,
      builds.app,
      join(tls, 'untrusted-ca.pem'),
      ports.untrustedMock,
    ),
  };
  const files = Object.entries(servers).map(([name, vars]) => {
    const file = join(dir, `${name}.conf`);
    writeFileSync(file, render(vars));
    return file;
  });
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir, files));

  const binary = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const nginx = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr'], {
    stdio: 'inherit',
  });
  const stop = () => nginx.kill('SIGQUIT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  nginx.on('exit', (code) => process.exit(code ?? 0));
  process.stdout.write(`nginx serving ${BASE_PATH} on https://127.0.0.1:${String(ports.app)}\n`);
}

if (isEntryPoint(import.meta)) await main();
