/**
 * Performance figures against their targets (`npm run bench`). Targets live here, not in timed
 * tests: a loaded CI machine must not fail a build, but a person should see when a change makes
 * the app slower.
 *
 * Two parts: the client's hot paths in Node (bench-unit.ts), and what a user feels in Chromium
 * against the production build and the mock at `large` scale with 50 ms latency
 * (bench-browser.ts), plus the bundle's gzip sizes (bench-sizes.ts). Prints one table and
 * writes bench/results.json.
 *
 *   npm run bench [-- --runs 3] [--skip-build] [--only unit|browser] [--readme] [--strict]
 *
 * `--readme` puts the table into README.md's marked section; `--strict` exits 1 on a miss.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { runBrowserBench } from './bench-browser';
import {
  describeMachine,
  printTable,
  updateReadme,
  verdict,
  writeResults,
  type Figure,
} from './bench-report';
import { DIST, buildApp, findTargets, startServers } from './bench-servers';
import { bundleFigures } from './bench-sizes';
import { runUnitBench } from './bench-unit';

const LATENCY_MS = 50;
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    readme: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
const log = (line: string) => process.stderr.write(`${line}\n`);
const started = performance.now();
const date = new Date();
const figures: Figure[] = [];

if (values.only !== 'browser') {
  log('Unit figures (Node)…');
  figures.push(...(await runUnitBench(log)));
}
if (values.only !== 'unit') {
  if (!values['skip-build']) {
    log(`Building the production bundle into ${DIST}…`);
    await buildApp();
  }
  log(`Starting the mock (large, ${String(LATENCY_MS)} ms latency) and vite preview…`);
  const servers = await startServers(LATENCY_MS);
  try {
    const targets = await findTargets(servers.appUrl);
    log(`Measuring in Chromium, ${String(runs)} run(s) per view…`);
    const browser = await runBrowserBench(servers.appUrl, targets, runs, log);
    figures.push(...browser.figures, ...bundleFigures(DIST, browser.loginAssets));
  } finally {
    servers.stop();
  }
}

const machine = describeMachine('/usr/bin/chromium');
const minutes = (performance.now() - started) / 60_000;
process.stdout.write(
  `\nRestore Point Explorer benchmarks, ${date.toISOString()}, ${machine.cpu} ×${String(machine.cores)}, ` +
    `load ${machine.loadAverage.join(' ')}, Node ${machine.node}, ${machine.chromium}, ` +
    `${minutes.toFixed(1)} min\n\n${printTable(figures)}\n`,
);
const missed = figures.filter((figure) => verdict(figure) === 'miss').length;
const judged = figures.filter((figure) => verdict(figure) !== '').length;
process.stdout.write(
  `\n${String(judged - missed)} of ${String(judged)} judged figures within target\n`,
);
await writeResults('bench/results.json', {
  date: date.toISOString(),
  machine,
  settings: { scale: 'large', latencyMs: LATENCY_MS, runs },
  figures,
});
if (values.readme) await updateReadme('README.md', figures, machine, date);
if (missed && values.strict) process.exitCode = 1;
