import { session } from '@/api/session';
import type { M365Version } from '@/api/m365/auth';
import { requireSession } from '../guards';

/** Loader guard for Microsoft 365 pages: the login page without a session, else the API version. */
export function requireM365(request: Request): M365Version {
  requireSession('m365', request);
  return session.get('m365')?.version ?? 'v8';
}
