/**
 * Builds every bundle the browser tests serve, side by side: Playwright starts its webServer
 * entries one after another, each once the one before answers, so a build inside each entry
 * waited for the previous one (docs/performance.md). playwright.config.ts runs this first;
 * it says "bundles built" when all are, then stays up until Playwright ends it, like the
 * servers after it.
 *
 *   dist-e2e/, dist-demo/     the production and demo builds (projects preview, demo)
 *   nginx's app/ and demo/    both under BASE_PATH (project nginx, scripts/e2e-nginx.ts)
 */
import { build, buildNginxBundles } from './e2e-nginx';

await Promise.all([
  build('production', 'dist-e2e'),
  build('demo', 'dist-demo'),
  buildNginxBundles(Number(process.env.E2E_PORT_OFFSET ?? 0)),
]);
process.stdout.write('bundles built\n');
setInterval(() => undefined, 2 ** 30);
