import { afterEach, describe, expect, it } from 'vitest';
import { parseM365Time } from './time';

describe('parseM365Time', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    // Assigning undefined would set the zone "undefined" (read as UTC) for every later test.
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.each([
    ['2025-06-10 08:30:00.000', '2025-06-10T08:30:00.0000000Z'],
    ['2025.06.10 08:30:00', '2025-06-10T08:30:00.0000000Z'],
    ['2025-06-10T08:30:00.1234567Z', '2025-06-10T08:30:00.1234567Z'],
    ['2025-06-10T08:30:00.5', '2025-06-10T08:30:00.5000000Z'],
    ['2025-06-10T10:30:00+02:00', '2025-06-10T08:30:00.0000000Z'],
    ['2025-06-10T03:30:00-0500', '2025-06-10T08:30:00.0000000Z'],
    ['2025-06-10', '2025-06-10T00:00:00.0000000Z'],
    ['2025-06-10T08:30', '2025-06-10T08:30:00.0000000Z'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseM365Time(text)).toBe(expected);
  });

  it('interprets zone-less times as UTC whatever the local zone', () => {
    process.env.TZ = 'America/New_York';
    expect(parseM365Time('2025-01-10 08:30:00.000')).toBe('2025-01-10T08:30:00.0000000Z');
    process.env.TZ = 'Asia/Tokyo';
    expect(parseM365Time('2025.01.10 08:30:00')).toBe('2025-01-10T08:30:00.0000000Z');
  });

  it.each(['', 'yesterday', '2025-13-01', '2025-02-29', '2025-06-10 24:00:00', '10/06/2025'])(
    'rejects %j',
    (text) => {
      expect(parseM365Time(text)).toBeNull();
    },
  );
});
