import { describe, expect, it } from 'vitest';
import { formatHours, formatUtc, parseUtc } from './dates';
import { formatRestorePointName } from './restore-point-name';

describe('parseUtc', () => {
  it.each([
    ['2025-06-05T01:01:27.11Z', '2025-06-05T01:01:27.110Z'],
    ['2025-08-14T12:31:30.389954Z', '2025-08-14T12:31:30.389Z'],
    ['2022-02-22T14:44:22.3764709Z', '2022-02-22T14:44:22.376Z'],
    ['2025-05-29T04:00:20Z', '2025-05-29T04:00:20.000Z'],
    ['2019-10-23T14:00:00', '2019-10-23T14:00:00.000Z'],
    ['2025-06-16T06:00:00+02:00', '2025-06-16T04:00:00.000Z'],
  ])('reads %s with 0–7 fraction digits', (input, iso) => {
    expect(parseUtc(input)?.toISOString()).toBe(iso);
  });

  it('rejects what is not a date-time', () => {
    expect(parseUtc('yesterday')).toBeNull();
    expect(parseUtc('2025-13-45T99:00:00Z')).toBeNull();
  });

  it('formats UTC and durations', () => {
    expect(formatUtc(new Date('2025-06-16T04:00:52.107Z'))).toBe('2025-06-16 04:00:52 UTC');
    expect(formatHours(26)).toBe('26 h');
    expect(formatHours(74)).toBe('3 d 2 h');
  });
});

describe('restore point names', () => {
  it('pads day and hour with spaces like the server', () => {
    expect(formatRestorePointName(new Date('2019-01-17T17:21:00Z'))).toBe('Jan 17 2019  5:21PM');
    expect(formatRestorePointName(new Date('2025-06-05T01:01:27Z'))).toBe('Jun  5 2025  1:01AM');
    expect(formatRestorePointName(new Date('2025-05-27T12:55:00Z'))).toBe('May 27 2025 12:55PM');
  });
});
