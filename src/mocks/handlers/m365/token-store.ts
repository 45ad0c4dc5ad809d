import { formatM365Time } from '@/mocks/fixtures/m365-builders';
import { hashHex } from './hash';

export interface TokenPair {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  refresh_token: string;
  userName: string;
  '.issued': string;
  '.expires': string;
}

export interface TokenStore {
  issue(userName: string): TokenPair;
  /** A new pair for a live refresh token, which is then spent; null when unknown or spent. */
  refresh(refreshToken: string): TokenPair | null;
  /** The user name behind a well-formed, correctly signed, unexpired access token. */
  verify(accessToken: string): string | null;
}

export interface TokenStoreOptions {
  clock: () => number;
  lifetimeSec: number;
  /** Signs access tokens; a constant, so tokens survive a reload of the in-browser demo. */
  secret: string;
}

interface Claims {
  unique_name: string;
  jti: string;
  iat: number;
  exp: number;
}

const HEADER = encode(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

/**
 * Access tokens are JWT-shaped like the doc's example (`eyJ…`) and checked statelessly; clients
 * must treat them as opaque. Refresh tokens live in memory and are single-use.
 */
export function createTokenStore({ clock, lifetimeSec, secret }: TokenStoreOptions): TokenStore {
  const salt = `${secret}:${clock()}`;
  const refreshTokens = new Map<string, string>();
  let counter = 0;
  const sign = (body: string): string => hashHex(`${secret}.${body}`, 8);

  const issue = (userName: string): TokenPair => {
    counter += 1;
    const issuedMs = Math.floor(clock() / 1000) * 1000;
    const claims: Claims = {
      unique_name: userName,
      jti: hashHex(`${salt}:jti:${counter}`, 4),
      iat: issuedMs / 1000,
      exp: issuedMs / 1000 + lifetimeSec,
    };
    const body = `${HEADER}.${encode(JSON.stringify(claims))}`;
    const refreshToken = hashHex(`${salt}:refresh:${counter}`, 8);
    refreshTokens.set(refreshToken, userName);
    return {
      access_token: `${body}.${sign(body)}`,
      token_type: 'bearer',
      expires_in: lifetimeSec,
      refresh_token: refreshToken,
      userName,
      '.issued': formatM365Time(issuedMs),
      '.expires': formatM365Time(claims.exp * 1000),
    };
  };

  return {
    issue,
    refresh(refreshToken) {
      const userName = refreshTokens.get(refreshToken);
      if (userName === undefined) return null;
      refreshTokens.delete(refreshToken);
      return issue(userName);
    },
    verify(accessToken) {
      const [header, payload, signature, extra] = accessToken.split('.');
      if (header !== HEADER || !payload || extra !== undefined) return null;
      if (signature !== sign(`${header}.${payload}`)) return null;
      const claims = decodeClaims(payload);
      return claims && clock() < claims.exp * 1000 ? claims.userName : null;
    },
  };
}

function encode(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte));
  return btoa(binary.join('')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeClaims(payload: string): { userName: string; exp: number } | null {
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof claims !== 'object' || claims === null) return null;
    const { unique_name: name, exp } = claims as Record<string, unknown>;
    if (typeof name !== 'string' || typeof exp !== 'number') return null;
    return { userName: name, exp };
  } catch {
    return null;
  }
}
