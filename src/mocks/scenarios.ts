/**
 * Named faults layered over the happy-path handlers: `server.use(...scenarios.x)`
 * in tests, `?scenario=x` in the demo. Sign-in and token calls stay healthy so
 * the user can reach the page where the fault shows.
 */
import { HttpResponse, delay, getResponse, http, type HttpHandler, type JsonBodyType } from 'msw';

const emData = /\/api\/(?!sessionMngr)/i;
const m365Data = /\/v[678]\/(?!token)/i;
const isData = (request: Request) => {
  const { pathname } = new URL(request.url);
  return request.method === 'GET' && (emData.test(pathname) || m365Data.test(pathname));
};
const isEm = (request: Request) => new URL(request.url).pathname.startsWith('/api/');

function veeamError(status: number, message: string) {
  return {
    FirstChanceExceptionMessage: null,
    Message: message,
    StackTrace: null,
    Status: null,
    StatusCode: status,
  };
}

function onData(
  resolve: (request: Request) => Response | Promise<Response | undefined> | undefined,
): HttpHandler {
  return http.all('*', ({ request }) => (isData(request) ? resolve(request) : undefined));
}

const errorBody = (request: Request, status: number, message: string) =>
  HttpResponse.json(isEm(request) ? veeamError(status, message) : { message }, { status });

/** Drops these fields from every object in a JSON body (a server that forgot them). */
function stripFields(value: unknown, fields: Set<string>): JsonBodyType {
  if (Array.isArray(value)) return value.map((item: unknown) => stripFields(item, fields));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !fields.has(key))
        .map(([key, item]) => [key, stripFields(item, fields)]),
    );
  }
  return value as JsonBodyType;
}

export function createScenarios(base: HttpHandler[]): Record<string, HttpHandler[]> {
  return {
    sessionExpired: [onData((request) => errorBody(request, 401, 'The session has expired.'))],
    forbidden: [onData((request) => errorBody(request, 403, 'Access denied.'))],
    serverError: [
      onData((request) =>
        errorBody(request, 500, 'Object reference not set to an instance of an object.'),
      ),
    ],
    notJson: [
      onData(
        () =>
          new HttpResponse(
            '<!doctype html><html><body><h1>Sign in to the corporate proxy</h1></body></html>',
            {
              status: 200,
              headers: { 'Content-Type': 'text/html' },
            },
          ),
      ),
    ],
    networkError: [onData(() => HttpResponse.error())],
    slow: [
      onData(async () => {
        await delay(1500);
        return undefined; // fall through to the real handler
      }),
    ],
    empty: [
      http.get('*/api/backups', () => HttpResponse.json({ Refs: null, Backups: [] })),
      http.get('*/api/query', () =>
        HttpResponse.json({
          Refs: null,
          Entities: null,
          PagingInfo: { PageNum: 1, PageSize: 100, PagesCount: 1, Links: [] },
        }),
      ),
      http.get(/\/v[678]\/restorepoints$/i, ({ request }) =>
        HttpResponse.json(
          new URL(request.url).pathname.startsWith('/v6')
            ? []
            : { offset: 0, limit: 30, results: [] },
        ),
      ),
    ],
    malformed: [
      onData(async (request) => {
        const response = await getResponse(base, request);
        if (!response?.ok) return response;
        const text = (await response.text()).replace(/^\uFEFF/, '');
        const fields = new Set([
          'Name',
          'BackupDateUTC',
          'CreationTimeUTC',
          'CreationTimeUtc',
          'backupTime',
        ]);
        return HttpResponse.json(stripFields(JSON.parse(text), fields), {
          status: response.status,
        });
      }),
    ],
  };
}
