import { describe, expect, it, vi } from 'vitest';
import { readConfig } from './env';

const defaults = {
  demo: false,
  vmIndexMaxAgeHours: 24,
  demoScale: 'small',
  requestTimeoutMs: 30_000,
};

describe('build settings', () => {
  it('takes the defaults when nothing is set, or a variable is empty', () => {
    expect(readConfig({})).toEqual(defaults);
    expect(readConfig({ VITE_REQUEST_TIMEOUT_SECONDS: '', DEMO_SCALE: '' })).toEqual(defaults);
  });

  it('reads each setting', () => {
    expect(
      readConfig({
        VITE_API_MOCKING: 'on',
        VITE_VM_INDEX_MAX_AGE_HOURS: '0.5',
        DEMO_SCALE: 'large',
        VITE_REQUEST_TIMEOUT_SECONDS: '600',
      }),
    ).toEqual({
      demo: true,
      vmIndexMaxAgeHours: 0.5,
      demoScale: 'large',
      requestTimeoutMs: 600_000,
    });
  });

  it.each([
    ['VITE_API_MOCKING', 'yes', 'VITE_API_MOCKING="yes" is not on or off; using off.'],
    ['DEMO_SCALE', 'huge', 'DEMO_SCALE="huge" is not small or large; using small.'],
    [
      'VITE_VM_INDEX_MAX_AGE_HOURS',
      '0',
      'VITE_VM_INDEX_MAX_AGE_HOURS="0" is not a number above 0; using 24.',
    ],
    [
      'VITE_REQUEST_TIMEOUT_SECONDS',
      '601',
      'VITE_REQUEST_TIMEOUT_SECONDS="601" is not a number above 0 and at most 600; using 30.',
    ],
    [
      'VITE_REQUEST_TIMEOUT_SECONDS',
      'thirty',
      'VITE_REQUEST_TIMEOUT_SECONDS="thirty" is not a number above 0 and at most 600; using 30.',
    ],
  ])('falls back to the default for %s=%s and says so', (name, value, warning) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readConfig({ [name]: value })).toEqual(defaults);
    expect(warn.mock.calls).toEqual([[warning]]);
  });
});
