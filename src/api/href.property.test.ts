/** Href helpers against random and hostile text: null or a same-origin API path, never a throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_HREFS } from '@/mocks/fixtures/hostile';
import {
  appPathForHref,
  checkedRequestPath,
  idFromHref,
  isSafeId,
  sameOriginApiPath,
  toApiPath,
} from './href';

const origin = window.location.origin;
const piece = fc.constantFrom(
  'https://em:9398',
  'https://em:99999',
  'http://[::1',
  '//',
  '/',
  '\\',
  '/./',
  '/../',
  '%2e%2e',
  '%2F',
  '%5C',
  '%E0%A4%A',
  '%',
  'api',
  'v8',
  'backups',
  'evil.example',
  '?',
  '#',
  '&amp;',
  '@',
  ':',
  'javascript:',
  '\t',
  ' ',
  '\u0000',
);
/** Text built from URL-ish pieces, plain random text, real URLs and known bad Hrefs. */
const href = fc.oneof(
  fc
    .array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 12 })
    .map((parts) => parts.join('')),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string(),
  fc.constantFrom(...HOSTILE_HREFS),
);
const RUNS = 2_500;

function staysHome(path: string): void {
  const url = new URL(path, origin);
  expect(url.origin).toBe(origin);
  expect(url.pathname).toMatch(/^\/(?:api|v[678])\//i);
}

describe('Href helpers, fuzzed', () => {
  it('toApiPath: null, or a path on our origin under an API prefix', () => {
    fc.assert(
      fc.property(href, (text) => {
        const path = toApiPath(text);
        if (path !== null) {
          staysHome(path);
          expect(sameOriginApiPath(path)).toBe(path);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('checkedRequestPath: null, or a path on our origin with plain segments', () => {
    fc.assert(
      fc.property(href, (text) => {
        const path = checkedRequestPath(text);
        if (path !== null) staysHome(path);
      }),
      { numRuns: RUNS },
    );
  });

  it('idFromHref and appPathForHref: null, a safe id, or an app path', () => {
    fc.assert(
      fc.property(href, (text) => {
        const id = idFromHref(text);
        if (id !== null) expect(isSafeId(id)).toBe(true);
        const page = appPathForHref(text);
        if (page !== null) {
          expect(page).toMatch(/^\/[^/\\]/);
          expect(new URL(page, origin).origin).toBe(origin);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
