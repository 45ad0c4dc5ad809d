import { describe, expect, it } from 'vitest';
import {
  countByGroup,
  countStates,
  protectionState,
  readRetiredDays,
  type ProtectionState,
} from './protection-state';

const now = new Date('2025-06-16T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('protectionState', () => {
  it('is within the objective up to and including its age, outside after', () => {
    expect(protectionState(hoursAgo(0), 24, 30, now)).toBe('within');
    expect(protectionState(hoursAgo(24), 24, 30, now)).toBe('within');
    expect(protectionState(new Date(hoursAgo(24).getTime() - 1), 24, 30, now)).toBe('outside');
    expect(protectionState(hoursAgo(72), 24, 30, now)).toBe('outside');
    expect(protectionState(hoursAgo(72), 96, 30, now)).toBe('within');
  });

  it('is retired after more than N days without a point, whatever the objective', () => {
    expect(protectionState(hoursAgo(30 * 24), 24, 30, now)).toBe('outside');
    expect(protectionState(new Date(hoursAgo(30 * 24).getTime() - 1), 24, 30, now)).toBe('retired');
    expect(protectionState(hoursAgo(8 * 24), 24 * 10, 7, now)).toBe('retired');
  });

  it('counts a point from the future (clock skew) as within', () => {
    expect(protectionState(hoursAgo(-2), 24, 30, now)).toBe('within');
  });
});

describe('counting', () => {
  const items: [string, ProtectionState][] = [
    ['vbr-hq', 'within'],
    ['vbr-hq', 'outside'],
    ['vbr-branch', 'within'],
    ['vbr-hq', 'retired'],
    ['vbr-hq', 'within'],
    ['vbr-10', 'outside'],
    ['vbr-9', 'within'],
  ];
  const state = (item: [string, ProtectionState]) => item[1];

  it('counts each state, zero included', () => {
    expect(countStates(items, state)).toEqual({ within: 4, outside: 2, retired: 1 });
    expect(countStates([], state)).toEqual({ within: 0, outside: 0, retired: 0 });
  });

  it('counts per group, groups in natural order', () => {
    expect(countByGroup(items, (item) => item[0], state)).toEqual([
      { group: 'vbr-9', within: 1, outside: 0, retired: 0, total: 1 },
      { group: 'vbr-10', within: 0, outside: 1, retired: 0, total: 1 },
      { group: 'vbr-branch', within: 1, outside: 0, retired: 0, total: 1 },
      { group: 'vbr-hq', within: 2, outside: 1, retired: 1, total: 4 },
    ]);
  });

  it('reads the retired threshold from the URL, else 30 days', () => {
    expect(readRetiredDays(new URLSearchParams('retired=14'))).toBe(14);
    expect(readRetiredDays(new URLSearchParams(''))).toBe(30);
    expect(readRetiredDays(new URLSearchParams('retired=0'))).toBe(30);
    expect(readRetiredDays(new URLSearchParams('retired=2.5'))).toBe(30);
    expect(readRetiredDays(new URLSearchParams('retired=lots'))).toBe(30);
  });
});
