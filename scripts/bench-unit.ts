/**
 * Performance figures against their targets (`npm run bench`). Targets live
 * here, not in timed unit tests: a loaded CI machine must not fail a build,
 * but a person should see when a change makes the app slower.
 *
 * Measures the client's hot paths on a large Enterprise Manager (~50k VM
 * restore points): parsing query pages, building the VM-name index through
 * the real client and mock, searching it per keystroke, gap detection, CSV.
 * `--strict` exits 1 when a target is missed.
 */
import { performance } from 'node:perf_hooks';
import { setupServer } from 'msw/node';
import { signInEm } from '../src/api/em/auth';
import { session } from '../src/api/session';
import { buildVmIndex } from '../src/api/em/vm-index';
import { vmRestorePointPage } from '../src/api/em/vm-restore-points';
import { toCsv } from '../src/lib/csv';
import { findGaps } from '../src/lib/gaps';
import { createSearcher } from '../src/lib/search-rank';
import { DEMO_CREDENTIALS } from '../src/config/demo-accounts';
import { createDb } from '../src/mocks/db';
import { createHandlers } from '../src/mocks/handlers';

interface Row {
  what: string;
  value: number;
  unit: string;
  target: number;
}
const rows: Row[] = [];
const record = (what: string, value: number, target: number, unit = 'ms') =>
  rows.push({ what, value, unit, target });

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const SCALE = 20;
const now = new Date();

// 1. The mock data set: ~50k VM restore points.
const [db, generateMs] = await time(() => createDb({ now, scale: SCALE }));
record(
  `generate fixtures (scale ${String(SCALE)}, ${String(db.em.vmRestorePoints.length)} VM points)`,
  generateMs,
  3000,
);

// 2. The real client against the real mock, in this process (msw/node). The
// client asks for same-origin paths, as in the browser: give them an origin.
const server = setupServer(...createHandlers({ db }));
server.listen({ onUnhandledRequest: 'error' });
const nodeFetch = globalThis.fetch;
globalThis.fetch = (input, init) =>
  nodeFetch(typeof input === 'string' ? new URL(input, 'http://bench.local') : input, init);
await signInEm(DEMO_CREDENTIALS.em.username, DEMO_CREDENTIALS.em.password);

// 3. Parsing one query page of 1000 VM restore point entities (zod).
const pageResponse = await fetch(
  '/api/query?type=VmRestorePoint&format=Entities&pageSize=1000&page=1',
  {
    headers: { Accept: 'application/json', 'X-RestSvcSessionId': session.get('em')?.token ?? '' },
  },
);
const pageText = (await pageResponse.text()).replace(/^\uFEFF/, '');
const parseTimes: number[] = [];
for (let i = 0; i < 20; i += 1) {
  const [, ms] = await time(() => vmRestorePointPage.parse(JSON.parse(pageText)));
  parseTimes.push(ms);
}
record('parse a 1000-entity query page (median of 20)', percentile(parseTimes, 50), 100);

// 4. Building the VM-name index: one paged sweep through client + mock.
const [index, indexMs] = await time(() => buildVmIndex());
record(
  `build VM-name index (${String(index.points)} points, ${String(index.pages)} pages, ${String(index.entries.length)} VMs)`,
  indexMs,
  15000,
);

// 5. Searching it as the user types: every prefix of a few names, p95 per keystroke.
const search = createSearcher(index.entries, (entry) => entry.name);
const keystrokes: number[] = [];
for (let warm = 0; warm < 50; warm += 1) search('sql', 20); // JIT warm-up, as after the first keystrokes
for (const name of ['sql01', 'legacy', 'web0', 'bulk', 'büro', 'xyz', 'a']) {
  for (let length = 1; length <= name.length; length += 1) {
    const [, ms] = await time(() => search(name.slice(0, length), 20));
    keystrokes.push(ms);
  }
}
record(
  `search the index per keystroke (p95 over ${String(keystrokes.length)})`,
  percentile(keystrokes, 95),
  16,
);

// 6. Gap detection over every point of the largest VM.
const times = db.em.vmRestorePoints.slice(0, 20000).map((point) => new Date(point.creationTimeUtc));
findGaps(times.slice(0, 100), 24, now); // warm-up
const [, gapsMs] = await time(() => findGaps(times, 24, now));
record('find gaps in 20,000 point times', gapsMs, 50);

// 7. CSV export of 10,000 rows.
const csvRows = db.em.vmRestorePoints
  .slice(0, 10000)
  .map((point) => [
    point.vmName,
    new Date(point.creationTimeUtc),
    point.pointType,
    point.algorithm,
    point.name,
    point.uid,
  ]);
const [, csvMs] = await time(() =>
  toCsv(['VM', 'Created', 'Point type', 'Algorithm', 'Name', 'UID'], csvRows),
);
record('write CSV of 10,000 rows', csvMs, 200);

server.close();

// Print.
const width = Math.max(...rows.map((row) => row.what.length));
let missed = 0;
process.stdout.write(
  `\nRestore Point Explorer benchmarks (${new Date().toISOString()}, Node ${process.version})\n\n`,
);
for (const row of rows) {
  const ok = row.value <= row.target;
  if (!ok) missed += 1;
  process.stdout.write(
    `${ok ? 'ok  ' : 'SLOW'}  ${row.what.padEnd(width)}  ${row.value.toFixed(1).padStart(9)} ${row.unit}   target ≤ ${String(row.target)} ${row.unit}\n`,
  );
}
process.stdout.write(`\n${String(rows.length - missed)} of ${String(rows.length)} within target\n`);
if (missed && process.argv.includes('--strict')) process.exitCode = 1;
