import { paths } from '@/config/paths';

/**
 * Where to go after signing in, from the `from` parameter. Anyone can craft
 * that link, so only a page on this origin is accepted: the value is parsed as
 * a URL against our origin and rebuilt from its path, query and hash; another
 * origin, a `javascript:` URL, a path that a browser would read as another host
 * (`//…`) and the login page itself all give null.
 */
export function returnPath(from: string | null, origin = window.location.origin): string | null {
  if (!from) return null;
  let url: URL;
  try {
    url = new URL(from, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || url.pathname.startsWith('//')) return null;
  if (url.pathname === paths.login()) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
