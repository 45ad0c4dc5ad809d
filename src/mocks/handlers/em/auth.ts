/**
 * The unauthenticated entry point, logon and logoff (docs/api-notes.md#em-sign-in-and-sessions).
 * Only the demo account signs in; the user name compares case-insensitively, like a Windows
 * account.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { apiUrl, guarded, SESSION_HEADER, type EmContext } from './context';
import { emError, emJson, link, queryParams, type Json } from './respond';
import type { EmSession } from './session-store';

const VERSIONS = ['v1_5', 'v1_6', 'v1_7'];

/** `Basic base64(user:password)`, decoded as UTF-8 so non-ASCII passwords work. */
function basicCredentials(header: string | null): { user: string; password: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  try {
    const bytes = Uint8Array.from(atob(match[1]), (c) => c.charCodeAt(0));
    const text = new TextDecoder().decode(bytes);
    const colon = text.indexOf(':');
    return colon < 0 ? null : { user: text.slice(0, colon), password: text.slice(colon + 1) };
  } catch {
    return null;
  }
}

function rootBody(ctx: EmContext): Json {
  const versions = VERSIONS.map((name) => ({
    Links: [link('Create', apiUrl(ctx, `/sessionMngr/?v=${name}`), 'LogonSession')],
    Name: name,
  }));
  return {
    SupportedVersions: { SupportedVersions: versions },
    Links: [
      link('Down', apiUrl(ctx, '/logonSessions'), 'LogonSessionList'),
      link('Create', apiUrl(ctx, '/sessionMngr/?v=latest'), 'LogonSession'),
    ],
    Href: apiUrl(ctx, '/'),
    Type: 'EnterpriseManager',
  };
}

/** The collections a client needs; the real server lists ~55 links. */
const DOWN_LINKS: [string, string][] = [
  ['/backupServers', 'BackupServerReferenceList'],
  ['/backups', 'BackupReferenceList'],
  ['/restorePoints', 'RestorePointReferenceList'],
  ['/vmRestorePoints', 'VmRestorePointReferenceList'],
  ['/vAppRestorePoints', 'VAppRestorePointReferenceList'],
  ['/backupFiles', 'BackupFileReferenceList'],
  ['/repositories', 'RepositoryReferenceList'],
  ['/querySvc', 'QueryService'],
  ['/lookupSvc', 'LookupService'],
  ['/backupServers?format=Entity', 'BackupServerList'],
  ['/backups?format=Entity', 'BackupList'],
  ['/restorePoints?format=Entity', 'RestorePointList'],
  ['/vmRestorePoints?format=Entity', 'VmRestorePointList'],
  ['/backupFiles?format=Entity', 'BackupFileList'],
];

function logonSessionBody(ctx: EmContext, session: EmSession): Json {
  const href = apiUrl(ctx, `/logonSessions/${session.id}`);
  return {
    UserName: session.userName,
    SessionId: session.id,
    Links: [
      link('Up', apiUrl(ctx, '/'), 'EnterpriseManager'),
      ...DOWN_LINKS.map(([path, type]) => link('Down', apiUrl(ctx, path), type)),
      link('Delete', href),
    ],
    Href: href,
    Type: 'LogonSession',
  };
}

export function authHandlers(ctx: EmContext): HttpHandler[] {
  const account = DEMO_CREDENTIALS.em;
  return [
    http.get('*/api', () => emJson(ctx, rootBody(ctx))),
    http.post('*/api/sessionMngr', ({ request }) => {
      const version = queryParams(request).get('v')?.toLowerCase() ?? 'latest';
      if (version !== 'latest' && !VERSIONS.includes(version)) {
        return emError(ctx, 400, `The API version '${version}' is not supported.`);
      }
      const credentials = basicCredentials(request.headers.get('Authorization'));
      const valid =
        credentials?.user.toLowerCase() === account.username.toLowerCase() &&
        credentials.password === account.password;
      if (!valid) {
        return emError(ctx, 401, 'Failed to logon: the user name or password is incorrect.', {
          'WWW-Authenticate': 'Basic Realm=RestSvc',
        });
      }
      const session = ctx.sessions.create(account.username);
      return emJson(ctx, logonSessionBody(ctx, session), 201, { [SESSION_HEADER]: session.token });
    }),
    http.get(
      '*/api/logonSessions/:sessionId',
      guarded<{ sessionId: string }>(ctx, ({ params, session }) =>
        params.sessionId.toLowerCase() === session.id
          ? emJson(ctx, logonSessionBody(ctx, session))
          : emError(ctx, 404, `LogonSession with ID '${params.sessionId}' was not found.`),
      ),
    ),
    http.delete(
      '*/api/logonSessions/:sessionId',
      guarded<{ sessionId: string }>(ctx, ({ params, session }) => {
        // Only the caller's own session can be ended; anything else is not found.
        if (params.sessionId.toLowerCase() !== session.id) {
          return emError(ctx, 404, `LogonSession with ID '${params.sessionId}' was not found.`);
        }
        ctx.sessions.remove(session.id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
