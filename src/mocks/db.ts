/**
 * The mock's data: one seeded generator for both servers. The same seed gives the same data;
 * times are laid out backwards from `now` (rounded down to the hour) so restore points look
 * recent whenever it runs. `scale` names the Enterprise Manager estate (see EmScale); the
 * Microsoft 365 data is demo-sized at both scales.
 */
import { emStoreFromData, type EmStore } from './fixtures/em-store';
import type { EmScale } from './fixtures/em-types';
import { createEmData } from './fixtures/em';
import { createLargeEmStore } from './fixtures/em-large';
import { createM365Data } from './fixtures/m365';
import type { M365Data } from './fixtures/m365-types';

export const DEFAULT_SEED = 365;

export interface DbOptions {
  seed?: number;
  now?: Date;
  scale?: EmScale;
}

export interface Db {
  em: EmStore;
  m365: M365Data;
  now: Date;
}

export function createDb({
  seed = DEFAULT_SEED,
  now = new Date(),
  scale = 'small',
}: DbOptions = {}): Db {
  const anchor = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  const options = { seed, now: anchor };
  return {
    em: scale === 'large' ? createLargeEmStore(options) : emStoreFromData(createEmData(options)),
    m365: createM365Data(options),
    now: anchor,
  };
}
