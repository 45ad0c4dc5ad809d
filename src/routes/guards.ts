/** Loader guards: every page's loader starts with one of these. */
import { redirect } from 'react-router';
import type { M365Version } from '@/api/m365/auth';
import { session, type SessionKind } from '@/api/session';
import { paths } from '@/config/paths';
import { withoutBase } from '@/lib/base-path';

/** Where to come back to after signing in: an app path (the request URL includes the base path). */
function from(request: Request): string {
  const url = new URL(request.url);
  return withoutBase(url.pathname) + url.search;
}

/** No session of this kind → the login page, which brings the user back. */
export function requireSession(kind: SessionKind, request: Request): void {
  if (!session.get(kind)) throw redirect(paths.login({ from: from(request), kind }));
}

/** Microsoft 365 pages: the login page without a session, else the API version to speak. */
export function requireM365(request: Request): M365Version {
  requireSession('m365', request);
  return session.get('m365')?.version ?? 'v8';
}

/** The app shell needs at least one signed-in server. */
export function requireAnySession(request: Request): void {
  if (!session.get('em') && !session.get('m365'))
    throw redirect(paths.login({ from: from(request) }));
}

/** Where "home" is: the Enterprise Manager overview first, else Microsoft 365. */
export function homePath(): string {
  if (session.get('em')) return paths.overview();
  if (session.get('m365')) return paths.m365RestorePoints();
  return paths.login();
}
