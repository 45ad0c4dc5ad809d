/**
 * Builds every bundle the browser tests serve, side by side: Playwright starts its webServer
 * entries one after another, each once the one before answers, so a build inside each entry
 * waited for the previous one (docs/performance.md). playwright.config.ts runs this first;
 * it says "bundles built" when all are, then stays up until Playwright ends it, like the
 * servers after it.
 *
 *   dist-e2e/, dist-demo/     the production and demo builds (projects preview, demo)
 *   nginx's app/ and demo/    both under BASE_PATH (project nginx, scripts/e2e-nginx.ts)
 *
 *   tsx scripts/e2e-build.ts [--reuse preview=PORT,demo=PORT,nginx=PORT]
 *
 * With --reuse (a local run, where Playwright reuses servers already up), a bundle whose
 * server already answers on its port is left as it is: it is being served.
 */
import { connect } from 'node:net';
import { parseArgs } from 'node:util';
import { buildNginxBundles, viteBuild } from './e2e-nginx';

const { values } = parseArgs({ options: { reuse: { type: 'string', default: '' } } });
const reuse = new Map(values.reuse.split(',').map((pair) => pair.split('=') as [string, string]));

/** Whether a server answers on this loopback port (the check Playwright's reuse makes). */
function served(name: string): Promise<boolean> {
  const port = Number(reuse.get(name));
  if (!port) return Promise.resolve(false);
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

const builds = {
  preview: () => viteBuild('production', 'dist-e2e'),
  demo: () => viteBuild('demo', 'dist-demo'),
  nginx: () => buildNginxBundles(Number(process.env.E2E_PORT_OFFSET ?? 0)),
};
await Promise.all(
  Object.entries(builds).map(async ([name, build]) => {
    if (await served(name)) console.log(`${name}: a server is up, its bundle is left as it is`);
    else await build();
  }),
);
process.stdout.write('bundles built\n');
// Playwright ends its webServer processes itself; one that exited would count as failed.
setInterval(() => undefined, 2 ** 30);
