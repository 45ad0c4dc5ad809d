import { describe, expect, it } from 'vitest';
import { recordRequests } from '@/test/requests';
import { basicAuth, signInEm } from './auth';

/** What a server reads from a Basic header: base64 → UTF-8 → "user:password". */
const decode = (header: string | null) =>
  Buffer.from((header ?? '').replace(/^Basic /, ''), 'base64').toString('utf8');

describe('EM sign-in', () => {
  it('sends Basic credentials as UTF-8, so a non-ASCII password survives', async () => {
    const requests = recordRequests();
    // The mock knows only the demo account: a refusal is expected, the header is the point.
    await signInEm('CORP\\jürgen', 'Pässwörd-密码-🔑').catch(() => undefined);
    const signIn = requests.find((request) => request.url.includes('/api/sessionMngr/'));
    expect(signIn?.method).toBe('POST');
    expect(decode(signIn?.headers.get('Authorization') ?? null)).toBe(
      'CORP\\jürgen:Pässwörd-密码-🔑',
    );
  });

  it('encodes exactly the UTF-8 bytes, the same as any other client', () => {
    const expected = Buffer.from('DEMO\\operator:é', 'utf8').toString('base64');
    expect(basicAuth('DEMO\\operator', 'é')).toBe(`Basic ${expected}`);
  });
});
