/**
 * The demo's data: one seeded generator for both servers. The same seed gives
 * the same demo; times are laid out backwards from `now` (rounded down to the
 * hour) so restore points look recent whenever the demo runs.
 */
import { type EmData } from './fixtures/em-types';
import { createEmData } from './fixtures/em';
import { createM365Data } from './fixtures/m365';
import type { M365Data } from './fixtures/m365-types';

export const DEFAULT_SEED = 365;

export interface DbOptions {
  seed?: number;
  now?: Date;
  scale?: number;
}

export interface Db {
  em: EmData;
  m365: M365Data;
  now: Date;
}

export function createDb({ seed = DEFAULT_SEED, now = new Date(), scale = 1 }: DbOptions = {}): Db {
  const anchor = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  return {
    em: createEmData({ seed, now: anchor, scale }),
    m365: createM365Data({ seed, now: anchor, scale }),
    now: anchor,
  };
}
