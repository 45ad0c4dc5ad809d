/**
 * Links are data. Both APIs hand out Hrefs that point at the server's own host
 * (EM: https://em:9398/api/..., VB365 v7/v8: https://vb365:4443/v8/...) or are
 * relative (VB365 v6). The browser must never call that host: it keeps the
 * path and query and asks its own origin, where the proxy forwards them.
 *
 * Hrefs come from the server, so nothing here trusts them: a path must stay
 * on the page's origin and under an API prefix, and every helper answers null
 * instead of throwing on text it cannot read.
 */
import { paths } from '@/config/paths';

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x2F;': '/',
};

/** The paths the proxy forwards: /api/ to Enterprise Manager, /v6/–/v8/ to Microsoft 365. */
const API_PREFIX = /^\/(?:api|v[678])\//i;

/** Where the app runs; a stand-in outside a browser (scripts, tests without a page). */
export function pageOrigin(): string {
  return typeof location === 'undefined' ? 'http://same-origin.invalid' : location.origin;
}

/**
 * An absolute or relative path → the same path on our origin, or null when it
 * would leave the origin or the API paths. `//evil/x`, `/./..//evil/x` and
 * `/\evil/x` all resolve to another host and are refused.
 */
export function sameOriginApiPath(path: string, origin = pageOrigin()): string | null {
  try {
    const url = new URL(path, origin);
    if (url.origin !== origin || !API_PREFIX.test(url.pathname)) return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}

/** Absolute or relative Href → same-origin API path with query (EM may escape & as &amp;), or null. */
export function toApiPath(href: string): string | null {
  const decoded = href.replace(/&(amp|lt|gt|quot|#39|#x2F);/g, (match) => entities[match] ?? match);
  try {
    // The server's host is dropped: only its path and query are kept, then checked on our origin.
    const url = new URL(decoded, 'http://server.invalid');
    return sameOriginApiPath(`${url.pathname}${url.search}`);
  } catch {
    return null;
  }
}

/** decodeURIComponent that answers null for malformed escapes (`%E0%A4%A`). */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The bare id of an EM resource: the last segment of `urn:veeam:Type:<guid>`. */
export function idFromUid(uid: string): string {
  return uid.slice(uid.lastIndexOf(':') + 1);
}

const emRoutes: [RegExp, (id: string) => string][] = [
  [/^\/api\/backups\/([^/]+)$/i, paths.backup],
  [/^\/api\/restorePoints\/([^/]+)$/i, paths.restorePoint],
  [/^\/api\/backupFiles\/([^/]+)$/i, paths.backupFile],
  [/^\/api\/vmRestorePoints\/([^/]+)$/i, paths.vmRestorePoint],
  [/^\/api\/backupServers\/([^/]+)$/i, paths.backupServer],
  [/^\/v[678]\/organizations\/([^/]+)$/i, paths.m365Organization],
  [/^\/v[678]\/backupRepositories\/([^/]+)$/i, paths.m365Repository],
];

function pathnameOf(href: string): string | null {
  return toApiPath(href)?.split('?')[0] ?? null;
}

/** The app page that shows the resource an API Href names, or null when the app has none. */
export function appPathForHref(href: string): string | null {
  const pathname = pathnameOf(href);
  if (!pathname) return null;
  for (const [pattern, build] of emRoutes) {
    const match = pattern.exec(pathname);
    const id = match?.[1] ? safeDecode(match[1]) : null;
    if (id && isSafeId(id)) return build(id);
  }
  return null;
}

/** The resource id at the end of an Href path (`.../backups/<id>?format=Entity` → `<id>`), or null. */
export function idFromHref(href: string): string | null {
  const pathname = pathnameOf(href);
  if (!pathname) return null;
  const id = safeDecode(pathname.slice(pathname.lastIndexOf('/') + 1));
  return id && isSafeId(id) ? id : null;
}

/** An id that names one resource: not empty, not `.` or `..`, no slash or backslash. */
export function isSafeId(id: string): boolean {
  return id !== '' && id !== '.' && id !== '..' && !/[/\\]/.test(id);
}

/**
 * A path the client may send: on our origin, under an API prefix, and every
 * segment one plain name, so `/api/backups/..` (which the browser would turn
 * into `/api/`) or an id with an encoded slash never leaves the app.
 */
export function checkedRequestPath(path: string): string | null {
  const pathname = path.split(/[?#]/, 1)[0] ?? '';
  if (!pathname.startsWith('/')) return null;
  const segments = pathname.slice(1).split('/');
  const plain = segments.every((segment, index) => {
    const decoded = safeDecode(segment);
    if (decoded === '') return index === segments.length - 1; // a trailing slash only
    return decoded !== null && isSafeId(decoded);
  });
  return plain ? sameOriginApiPath(path) : null;
}
