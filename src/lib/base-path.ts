/**
 * Where the app is served: BASE_PATH at build time (Vite's `base`, always ending in "/").
 * App routes (`/backups`) and API paths (`/api/backups`, `/v8/Organizations`) are written
 * without it everywhere else; these two functions are the only places it is added or
 * removed.
 */
export function basePath(): string {
  // Outside Vite (the Node benchmark runs the API client through tsx) there is no env: the root.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  return import.meta.env?.BASE_URL ?? '/';
}

/** `/api/backups` → `/restore-explorer/api/backups` (unchanged when served at the root). */
export function withBase(path: string, base: string = basePath()): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/** A browser pathname → the app's own path: `/restore-explorer/vms` → `/vms`. */
export function withoutBase(pathname: string, base: string = basePath()): string {
  const prefix = base.replace(/\/$/, '');
  if (prefix === '') return pathname;
  if (pathname === prefix) return '/';
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}
