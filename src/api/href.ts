/**
 * Links are data. Both APIs hand out Hrefs that point at the server's own host
 * (EM: https://em:9398/api/..., VB365 v7/v8: https://vb365:4443/v8/...) or are
 * relative (VB365 v6). The browser must never call that host: it keeps the
 * path and query and asks its own origin, where the dev proxy forwards them.
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

/** Absolute or relative Href → same-origin path with query. EM may escape & as &amp;. */
export function toApiPath(href: string): string {
  const decoded = href.replace(/&(amp|lt|gt|quot|#39|#x2F);/g, (match) => entities[match] ?? match);
  const url = new URL(decoded, 'http://same-origin.invalid');
  return `${url.pathname}${url.search}`;
}

/** The bare id of an EM resource: the last segment of `urn:veeam:Type:<guid>` or an Href path. */
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

/** The app page that shows the resource an API Href names, or null when the app has none. */
export function appPathForHref(href: string): string | null {
  const pathname = toApiPath(href).split('?')[0] ?? '';
  for (const [pattern, build] of emRoutes) {
    const match = pattern.exec(pathname);
    if (match?.[1]) return build(decodeURIComponent(match[1]));
  }
  return null;
}

/** The resource id at the end of an Href path (`.../backups/<id>?format=Entity` → `<id>`). */
export function idFromHref(href: string): string {
  const pathname = toApiPath(href).split('?')[0] ?? '';
  return decodeURIComponent(pathname.slice(pathname.lastIndexOf('/') + 1));
}
