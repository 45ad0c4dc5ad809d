/**
 * BASE_PATH: where the built app is served (`/` or e.g. `/restore-explorer/`), chosen at
 * build time. Vite puts it in front of every asset URL and exposes it as
 * import.meta.env.BASE_URL; the router and the API client follow it. The same value
 * goes into the nginx template (deploy/), so it must be a plain path: letters, digits,
 * `-` and `_` between slashes (nothing a regex or a shell would read differently).
 */
const SEGMENT = /^[A-Za-z0-9_-]+$/;

export function parseBasePath(value: string | undefined): string {
  const raw = value?.trim() ?? '';
  if (raw === '' || raw === '/') return '/';
  if (!raw.startsWith('/')) {
    throw new Error(`BASE_PATH must start with "/" (got "${raw}"), e.g. /restore-explorer/`);
  }
  const segments = raw.slice(1).replace(/\/$/, '').split('/');
  if (!segments.every((segment) => SEGMENT.test(segment))) {
    throw new Error(
      `BASE_PATH may only hold letters, digits, "-" and "_" between slashes (got "${raw}")`,
    );
  }
  return `/${segments.join('/')}/`;
}
