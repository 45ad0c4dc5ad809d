/**
 * What one page sends and receives, as measurements: requests by kind with their transferred
 * bytes (Playwright's `request.sizes()`; dedicated workers' requests included), and "quiet": no
 * request of a kind in flight for 500 ms. Waiting for quiet is part of a measurement (how long
 * until a view stops loading), never a way to wait for something the user sees.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page, Request } from '@playwright/test';

export interface Entry {
  url: URL;
  started: number;
  ended?: number;
  bytes: number;
}

export type Kind = (url: URL) => boolean;

export class NetworkLog {
  readonly entries: Entry[] = [];
  private readonly byRequest = new Map<Request, Entry>();
  private readonly sizes: Promise<void>[] = [];

  constructor(page: Page) {
    page.on('request', (request) => {
      const entry = { url: new URL(request.url()), started: performance.now(), bytes: 0 };
      this.entries.push(entry);
      this.byRequest.set(request, entry);
    });
    page.on('requestfinished', (request) => {
      const entry = this.byRequest.get(request);
      if (!entry) return;
      entry.ended = performance.now();
      this.sizes.push(
        request.sizes().then(
          (sizes) => {
            entry.bytes = sizes.responseBodySize + sizes.responseHeadersSize;
          },
          () => undefined, // the page went away first: its bytes stay unknown (0)
        ),
      );
    });
    page.on('requestfailed', (request) => {
      const entry = this.byRequest.get(request);
      if (entry) entry.ended = performance.now();
    });
  }

  /** Requests of a kind started in [from, to). */
  between(kind: Kind, from: number, to = Infinity): Entry[] {
    return this.entries.filter((e) => kind(e.url) && e.started >= from && e.started < to);
  }

  /** Requests and megabytes of a kind started in [from, to), once every size is known. */
  async totals(kind: Kind, from: number, to = Infinity) {
    await Promise.all(this.sizes);
    const entries = this.between(kind, from, to);
    return { requests: entries.length, mb: entries.reduce((sum, e) => sum + e.bytes, 0) / 1e6 };
  }

  /**
   * When requests of a kind (started after `from`) went quiet: none in flight for `quietMs`.
   * Gives up after `limitMs` (`capped`; the time is then the limit).
   */
  async quiet(kind: Kind, from: number, limitMs: number, quietMs = 500) {
    for (;;) {
      const now = performance.now();
      const mine = this.entries.filter((e) => kind(e.url) && e.started >= from);
      const busy = mine.some((e) => e.ended === undefined);
      const last = Math.max(from, ...mine.map((e) => e.ended ?? e.started));
      if (!busy && now - last >= quietMs) return { at: last, capped: false };
      if (now - from >= limitMs) return { at: from + limitMs, capped: true };
      await sleep(50);
    }
  }
}
