/**
 * The client's hot paths in Node on the `large` estate (~300k VM restore points): generating the
 * mock data, the mock answering an indexed page, parsing query pages, building the VM-name index
 * through the real client and mock, searching it per keystroke, gap detection, CSV.
 */
import { performance } from 'node:perf_hooks';
import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { signInEm } from '../src/api/em/auth';
import { session } from '../src/api/session';
import { buildVmIndex } from '../src/api/em/vm-index/sweep';
import { vmRestorePointPage } from '../src/api/em/vm-restore-points';
import { toCsv } from '../src/lib/csv';
import { findGaps } from '../src/lib/gaps';
import { createSearcher } from '../src/lib/search-rank';
import { DEMO_CREDENTIALS } from '../src/config/demo-accounts';
import { createDb } from '../src/mocks/db';
import { EM_LARGE_FACTS } from '../src/mocks/fixtures/em-types';
import { createHandlers } from '../src/mocks/handlers';
import { median, type Figure } from './bench-report';

const VIEW = 'unit (Node)';

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}
async function repeat(times: number, fn: () => unknown): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < times; i += 1) runs.push((await time(fn))[1]);
  return median(runs) ?? NaN;
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function runUnitBench(log: (line: string) => void): Promise<Figure[]> {
  const figures: Figure[] = [];
  const record = (figure: string, value: number, max: number, unit = 'ms') => {
    figures.push({ view: VIEW, figure, value, unit, target: { max } });
    log(`  ${figure}: ${value.toFixed(1)} ${unit}`);
  };
  const now = new Date();

  // 1. The mock data set.
  const [db, generateMs] = await time(() => createDb({ now, scale: 'large' }));
  const points = db.em.vmRestorePoints;
  record(
    `generate the large estate (${points.count.toLocaleString('en-US')} VM points)`,
    generateMs,
    3000,
  );

  // 2. The real client against the real mock, in this process (msw/node). The client asks for
  // same-origin paths, as in the browser: give them an origin.
  const handlers = createHandlers({ db });
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: 'error' });
  const nodeFetch = globalThis.fetch;
  globalThis.fetch = (input, init) =>
    nodeFetch(typeof input === 'string' ? new URL(input, 'http://bench.local') : input, init);
  try {
    await signInEm(DEMO_CREDENTIALS.em.username, DEMO_CREDENTIALS.em.password);
    const headers = {
      Accept: 'application/json',
      'X-RestSvcSessionId': session.get('em')?.token ?? '',
    };
    const ask = async (search: string) => {
      const request = new Request(`http://bench.local/api/query?${search}`, { headers });
      return (await getResponse(handlers, request))?.text();
    };

    // 3. The mock answering an indexed, filtered, sorted page (the first one builds the indexes).
    const filter = encodeURIComponent(`VmName=="${EM_LARGE_FACTS.bigVm}"`);
    const vmPage = `type=VmRestorePoint&format=Entities&sortDesc=CreationTime&pageSize=50&filter=${filter}`;
    await ask(vmPage);
    record(
      'mock: one VM, newest 50 of 10,000 (median of 20)',
      await repeat(20, () => ask(vmPage)),
      10,
    );

    // 4. Parsing one query page of 1000 VM restore point entities (zod).
    const pageText = (
      (await ask('type=VmRestorePoint&format=Entities&pageSize=1000&page=1')) ?? ''
    ).replace(/^\uFEFF/, '');
    const parseMs = await repeat(20, () => vmRestorePointPage.parse(JSON.parse(pageText)));
    record('parse a 1000-entity query page (median of 20)', parseMs, 100);

    // 5. Building the VM-name index: one paged sweep through client + mock.
    const [index, indexMs] = await time(() => buildVmIndex());
    record(
      `build VM-name index in-process (${index.points.toLocaleString('en-US')} points, ${String(index.pages)} pages)`,
      indexMs,
      30_000,
    );

    // 6. Searching it as the user types: every prefix of a few names, p95 per keystroke.
    const search = createSearcher(index.entries, (entry) => entry.name);
    const keystrokes: number[] = [];
    for (let warm = 0; warm < 50; warm += 1) search('sql', 20); // JIT warm-up
    for (const name of ['sql01', 'legacy', 'lon-prd', 'k8s-node', 'büro', 'xyz', 'a']) {
      for (let length = 1; length <= name.length; length += 1) {
        keystrokes.push((await time(() => search(name.slice(0, length), 20)))[1]);
      }
    }
    record(
      `search the index per keystroke (p95 over ${String(keystrokes.length)})`,
      percentile(keystrokes, 95),
      16,
    );
  } finally {
    globalThis.fetch = nodeFetch;
    server.close();
  }

  // 7. Gap detection over 20,000 point times.
  const times = Array.from(
    { length: 20_000 },
    (_, row) => new Date(db.em.columns.vmPointTime[row] ?? 0),
  );
  findGaps(times.slice(0, 100), 24, now); // warm-up
  record('find gaps in 20,000 point times', (await time(() => findGaps(times, 24, now)))[1], 50);

  // 8. CSV export of 10,000 rows.
  const csvRows = Array.from({ length: 10_000 }, (_, row) => {
    const point = points.at(row);
    return [
      point.vmName,
      new Date(point.creationTimeUtc),
      point.pointType,
      point.algorithm,
      point.name,
      point.uid,
    ];
  });
  const [, csvMs] = await time(() =>
    toCsv(['VM', 'Created', 'Point type', 'Algorithm', 'Name', 'UID'], csvRows),
  );
  record('write CSV of 10,000 rows', csvMs, 200);
  return figures;
}
