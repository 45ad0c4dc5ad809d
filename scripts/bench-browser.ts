/**
 * What a user feels, measured in Debian's Chromium against the production build and the mock at
 * `large` scale with added latency (bench-servers.ts). Each view runs in a fresh browser context
 * (a new user), `runs` times; figures are medians. Times run from the user's action to the
 * moment Playwright sees the element, so they include a few milliseconds of Playwright itself.
 */
import { performance } from 'node:perf_hooks';
import { chromium, devices, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_CREDENTIALS } from '../src/config/demo-accounts';
import { EM_LARGE_FACTS } from '../src/mocks/fixtures/em-types';
import { fromRuns, type Figure } from './bench-report';
import { NetworkLog } from './bench-network';
import { ROUTES, UI, asset, indexSweep, viewApi } from './bench-ui';
import type { Targets } from './bench-servers';

/** As in playwright.config.ts. */
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
  ],
};
const VISIBLE_MS = 180_000;
const LIMITS = { indexMs: 180_000, refreshMs: 20_000, viewQuietMs: 60_000 };

/** The longest main-thread task since the page loaded (PerformanceObserver 'longtask'). */
function watchLongTasks() {
  const state = { longest: 0 };
  Object.assign(window, { __benchLongTasks: state });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longest = Math.max(state.longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}
const longestTask = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __benchLongTasks: { longest: number } }).__benchLongTasks.longest,
  );
const tableRows = (page: Page) => page.locator('tr').count();
/** The JS heap as the page holds it, and what is left after a garbage collection (MB). */
async function heapMb(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const held = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await cdp.send('HeapProfiler.collectGarbage');
  const live = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await cdp.detach();
  return { held: held / 1e6, live: live / 1e6 };
}

interface Session {
  context: BrowserContext;
  page: Page;
  log: NetworkLog;
}
async function newSession(browser: Browser, appUrl: string): Promise<Session> {
  const context = await browser.newContext({ ...devices['Desktop Chrome'], baseURL: appUrl });
  await context.addInitScript(watchLongTasks);
  const page = await context.newPage();
  return { context, page, log: new NetworkLog(page) };
}
/** From the login page to the first backup row; returns when the sign-in was clicked. */
async function signIn({ page }: Session): Promise<number> {
  await page.goto(ROUTES.login);
  await UI.userName(page).fill(DEMO_CREDENTIALS.em.username);
  await UI.password(page).fill(DEMO_CREDENTIALS.em.password);
  const clicked = performance.now();
  await UI.signIn(page).click();
  await UI.firstBackupRow(page).waitFor({ timeout: VISIBLE_MS });
  return clicked;
}
/** When `name` shows up in the header search (typed in, dropdown open). */
async function searchable(page: Page, name: string): Promise<number> {
  await UI.vmSearch(page).fill(name);
  await UI.vmOption(page, name).waitFor({ timeout: VISIBLE_MS });
  return performance.now();
}
/** When the index says it is complete, or null when it did not within `limitMs`. */
async function complete(page: Page, limitMs: number): Promise<number | null> {
  try {
    await UI.indexComplete(page).waitFor({ timeout: limitMs });
    return performance.now();
  } catch {
    return null;
  }
}

type Sample = Record<string, { value: number | null; atLeast?: boolean }>;
const known = (value: number) => ({ value });

async function signInView(s: Session, loginAssets: Set<string>): Promise<Sample> {
  const opened = performance.now();
  await s.page.goto(ROUTES.login);
  const loaded = await s.log.quiet(() => true, opened, LIMITS.viewQuietMs);
  for (const e of s.log.between(asset, opened, loaded.at)) loginAssets.add(e.url.pathname);
  await UI.userName(s.page).fill(DEMO_CREDENTIALS.em.username);
  await UI.password(s.page).fill(DEMO_CREDENTIALS.em.password);
  const clicked = performance.now();
  await UI.signIn(s.page).click();
  await UI.firstBackupRow(s.page).waitFor({ timeout: VISIBLE_MS });
  const shown = performance.now();
  const before = await s.log.totals(viewApi, clicked, shown);
  return {
    'time to first row': known(shown - clicked),
    'requests to first row': known(before.requests),
    'MB to first row': known(before.mb),
    'longest task': known(await longestTask(s.page)),
    'rows in the DOM': known(await tableRows(s.page)),
  };
}

async function indexView(s: Session, name: string): Promise<Sample> {
  const clicked = await signIn(s);
  const found = await searchable(s.page, name);
  const done = await complete(s.page, LIMITS.indexMs - (found - clicked));
  const built = await s.log.totals(indexSweep, clicked, done ?? Infinity);
  const longest = await longestTask(s.page);
  // The overview is drawn from the index: it asks the server for nothing more.
  const toOverview = performance.now();
  await UI.overviewLink(s.page).click();
  await UI.overviewFirstRow(s.page).waitFor({ timeout: VISIBLE_MS });
  const overviewQuiet = await s.log.quiet(viewApi, toOverview, LIMITS.viewQuietMs);
  const overview = await s.log.totals(viewApi, toOverview, overviewQuiet.at);
  // A reload: everything in memory is gone.
  const reloaded = performance.now();
  await s.page.reload();
  const refound = await searchable(s.page, name);
  const redone = await complete(s.page, LIMITS.refreshMs);
  const reload = await s.log.totals(indexSweep, reloaded, redone ?? Infinity);
  // A second tab of the same browser, opened from this one (it gets a copy of the session).
  const opened = performance.now();
  const [tab] = await Promise.all([
    s.context.waitForEvent('page'),
    s.page.evaluate(() => {
      window.open('/backups', '_blank');
    }),
  ]);
  const tabLog = new NetworkLog(tab);
  const tabFound = await searchable(tab, name);
  const tabDone = await complete(tab, LIMITS.refreshMs);
  const second = await tabLog.totals(indexSweep, opened, tabDone ?? Infinity);
  return {
    'searchable after sign-in': known(found - clicked),
    'complete after sign-in':
      done === null ? { value: LIMITS.indexMs, atLeast: true } : known(done - clicked),
    'index MB': { value: built.mb, atLeast: done === null },
    'index requests': { value: built.requests, atLeast: done === null },
    'longest task while indexing': known(longest),
    'overview: requests beyond the index': known(overview.requests),
    'reload: searchable after': known(refound - reloaded),
    'reload: index requests': { value: reload.requests, atLeast: redone === null },
    'second tab: searchable after': known(tabFound - opened),
    'second tab: index requests': { value: second.requests, atLeast: tabDone === null },
  };
}

/** A view opened as a fresh page (a link from a ticket) after signing in. */
async function pageView(
  s: Session,
  path: string,
  shows: (page: Page) => ReturnType<Page['locator']>,
  first: string,
): Promise<Sample> {
  await signIn(s);
  const opened = performance.now();
  await s.page.goto(path);
  await shows(s.page).waitFor({ timeout: VISIBLE_MS });
  const shown = performance.now();
  const quiet = await s.log.quiet(viewApi, opened, LIMITS.viewQuietMs);
  const before = await s.log.totals(viewApi, opened, shown);
  const all = await s.log.totals(viewApi, opened, quiet.at);
  const heap = await heapMb(s.context, s.page);
  return {
    [first]: known(shown - opened),
    'requests before it shows': known(before.requests),
    'requests until quiet': { value: all.requests, atLeast: quiet.capped },
    'MB until quiet': { value: all.mb, atLeast: quiet.capped },
    'JS heap': known(heap.held),
    'JS heap after GC': known(heap.live),
    'longest task': known(await longestTask(s.page)),
    'rows in the DOM': known(await tableRows(s.page)),
  };
}

interface ViewSpec {
  view: string;
  measure: (s: Session) => Promise<Sample>;
  /** Units and targets (docs/performance.md) by figure. */
  figures: Record<string, { unit: string; target?: Figure['target'] }>;
}

const ms = (max?: number) => ({ unit: 'ms', ...(max !== undefined && { target: { max } }) });
const count = (unit: string, max?: number, below = false) => ({
  unit,
  ...(max !== undefined && { target: { max, below } }),
});
const pageFigures = (
  first: string,
  time: number | undefined,
  before: number | undefined,
  heap: boolean,
  rows?: number,
) => ({
  [first]: ms(time),
  'requests before it shows': count('requests', before),
  'requests until quiet': count('requests', 6),
  'MB until quiet': count('MB'),
  'JS heap': count('MB', heap ? 150 : undefined, true),
  'JS heap after GC': count('MB'),
  'longest task': ms(),
  'rows in the DOM': count('rows', rows, true),
});

export async function runBrowserBench(
  appUrl: string,
  targets: Targets,
  runs: number,
  log: (line: string) => void,
): Promise<{ figures: Figure[]; loginAssets: string[] }> {
  const loginAssets = new Set<string>();
  const views: ViewSpec[] = [
    {
      view: 'sign-in → first backup row',
      measure: (s) => signInView(s, loginAssets),
      figures: {
        'time to first row': ms(400),
        'requests to first row': count('requests', 3),
        'MB to first row': count('MB'),
        'longest task': ms(),
        'rows in the DOM': count('rows'),
      },
    },
    {
      view: 'VM-name index',
      measure: (s) => indexView(s, targets.lastDayVm),
      figures: {
        'searchable after sign-in': ms(3000),
        'complete after sign-in': ms(30_000),
        'index MB': count('MB', 250),
        'index requests': count('requests'),
        'longest task while indexing': ms(50),
        'overview: requests beyond the index': count('requests', 0),
        'reload: searchable after': ms(3000),
        'reload: index requests': count('requests', 3),
        'second tab: searchable after': ms(3000),
        'second tab: index requests': count('requests', 3),
      },
    },
    {
      view: `VM with 10,000 points → latest-point card`,
      measure: (s) =>
        pageView(s, ROUTES.vm(EM_LARGE_FACTS.bigVm), UI.latestPointCard, 'time to the card'),
      figures: pageFigures('time to the card', 400, 3, true),
    },
    {
      view: 'backup with 10,000 restore points',
      measure: (s) =>
        pageView(
          s,
          ROUTES.backup(targets.bigBackupId),
          UI.firstBackupPointRow,
          'time to first row',
        ),
      figures: pageFigures('time to first row', 400, undefined, true),
    },
    {
      view: 'restore point with 5,000 VMs',
      measure: (s) =>
        pageView(
          s,
          ROUTES.restorePoint(targets.wideRestorePointId),
          UI.firstVmPointRow,
          'time to first row',
        ),
      figures: pageFigures('time to first row', undefined, undefined, false, 200),
    },
  ];

  const browser = await chromium.launch(CHROMIUM);
  const figures: Figure[] = [];
  try {
    for (const spec of views) {
      const samples: Sample[] = [];
      for (let run = 1; run <= runs; run += 1) {
        const session = await newSession(browser, appUrl);
        const started = performance.now();
        try {
          samples.push(await spec.measure(session));
        } catch (error) {
          // One view failing (a changed page, a timeout) must not lose the others: "not reached".
          log(
            `  ${spec.view}: run ${String(run)} failed: ${error instanceof Error ? error.message : String(error)}`,
          );
          samples.push({});
        } finally {
          await session.context.close();
        }
        log(
          `  ${spec.view}: run ${String(run)} took ${((performance.now() - started) / 1000).toFixed(0)} s`,
        );
      }
      for (const [figure, { unit, target }] of Object.entries(spec.figures)) {
        const values = samples.map((sample) => sample[figure] ?? { value: null });
        figures.push(
          fromRuns({ view: spec.view, figure, unit, ...(target && { target }) }, values),
        );
      }
    }
  } finally {
    await browser.close();
  }
  return { figures, loginAssets: [...loginAssets] };
}
