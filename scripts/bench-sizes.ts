/**
 * Gzip sizes of the production bundle (node:zlib, default level, as a web server would send it):
 * the JS and CSS a browser loads for the login route, and all of them in the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './bench-report';

const KB = 1000;
const gzipKb = (file: string) => gzipSync(readFileSync(file)).length / KB;
const kind = (path: string) => (path.endsWith('.js') ? 'JS' : path.endsWith('.css') ? 'CSS' : null);

function sizes(files: readonly string[]) {
  const total = { JS: 0, CSS: 0 };
  for (const file of files) {
    const type = kind(file);
    if (type) total[type] += gzipKb(file);
  }
  return total;
}

/**
 * `loaded`: the asset paths (`/assets/…`) the browser fetched for /login, until the network was
 * quiet; `dist`: the build they came from.
 */
export function bundleFigures(dist: string, loaded: readonly string[]): Figure[] {
  const login = sizes(loaded.map((path) => join(dist, path)));
  const assets = readdirSync(join(dist, 'assets')).map((name) => join(dist, 'assets', name));
  const app = sizes(assets);
  const view = 'bundle (gzip)';
  return [
    { view, figure: 'login route JS', value: login.JS, unit: 'KB', target: { max: 150 } },
    { view, figure: 'login route CSS', value: login.CSS, unit: 'KB', target: { max: 25 } },
    { view, figure: 'whole app JS', value: app.JS, unit: 'KB' },
    { view, figure: 'whole app CSS', value: app.CSS, unit: 'KB' },
  ];
}
