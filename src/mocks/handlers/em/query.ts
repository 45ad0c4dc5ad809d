/**
 * `GET /api/query` (docs/api-notes.md#query-service): type, format, filter, sortAsc/sortDesc,
 * pageSize (default 100) and 1-based page. Parameter names and values are case-insensitive. Results
 * nest one level deeper than plain lists: `Refs.Refs[]` or `Entities.<Plural>.<Plural>[]`, plus
 * PagingInfo.
 */
import { http, type HttpHandler } from 'msw';
import { apiUrl, guarded, type EmContext } from './context';
import { FilterSyntaxError, parseFilter } from './filter';
import { pagingInfo } from './paging';
import { QueryError } from './query-eval';
import { selectRows, type QueryRequest } from './query-plan';
import { createQueryTargets, type QueryTarget } from './query-types';
import { emError, emJson, link, refsBody, queryParams, type Json } from './respond';

const DEFAULT_PAGE_SIZE = 100;

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new QueryError(`Invalid value '${value}' for ${name}.`);
  return n;
}

function queryRequest(params: Map<string, string>): QueryRequest {
  const filter = params.get('filter')?.trim();
  const sortAsc = params.get('sortasc');
  const sortField = (sortAsc ?? params.get('sortdesc'))?.trim();
  return {
    ...(filter && { filter: parseFilter(filter) }),
    ...(sortField && { sort: { field: sortField, descending: sortAsc === undefined } }),
    page: positive(params.get('page'), 'page', 1),
    pageSize: positive(params.get('pagesize'), 'pageSize', DEFAULT_PAGE_SIZE),
  };
}

function runQuery(ctx: EmContext, targets: Map<string, QueryTarget>, request: Request): Response {
  const params = queryParams(request);
  const typeName = params.get('type');
  const target = targets.get(typeName?.toLowerCase() ?? '');
  if (!target) return emError(ctx, 400, `Query type '${typeName ?? ''}' is not supported.`);
  const format = params.get('format')?.toLowerCase() ?? 'references';
  if (!['references', 'entities', 'entity'].includes(format)) {
    return emError(ctx, 400, `Invalid value '${params.get('format') ?? ''}' for format.`);
  }
  try {
    const query = queryRequest(params);
    const selection = selectRows(target, query);
    const pagesCount = Math.max(1, Math.ceil(selection.total / query.pageSize));
    const pageRows = selection.rows;
    const paging = pagingInfo(ctx, request, query.page, query.pageSize, pagesCount);
    const plural = target.plural;
    const body: Json =
      format === 'references'
        ? { Refs: refsBody(ctx, pageRows.map(target.ref)), Entities: null, PagingInfo: paging }
        : {
            Refs: null,
            Entities: { [plural]: { [plural]: pageRows.map(target.entity) } },
            PagingInfo: paging,
          };
    return emJson(ctx, body);
  } catch (error) {
    if (error instanceof QueryError || error instanceof FilterSyntaxError) {
      return emError(ctx, 400, error.message);
    }
    throw error;
  }
}

/** `/querySvc`: the pre-built query links the docs show (page size 15). */
function querySvcBody(ctx: EmContext): Json {
  const list = (type: string) =>
    link(
      'Down',
      apiUrl(ctx, `/query?type=${type}&format=Entities&sortAsc=name&pageSize=15&page=1`),
      `${type}List`,
    );
  return {
    Links: [
      list('BackupServer'),
      list('Backup'),
      list('RestorePoint'),
      list('VmRestorePoint'),
      list('BackupFile'),
    ],
    Href: apiUrl(ctx, '/querySvc'),
    Type: 'QueryService',
  };
}

export function queryHandlers(ctx: EmContext): HttpHandler[] {
  // Built on first use; each index is built by the first query that needs it.
  let targets: Map<string, QueryTarget> | undefined;
  return [
    http.get(
      '*/api/query',
      guarded(ctx, ({ request }) => {
        targets ??= createQueryTargets(ctx);
        return runQuery(ctx, targets, request);
      }),
    ),
    http.get(
      '*/api/querySvc',
      guarded(ctx, () => emJson(ctx, querySvcBody(ctx))),
    ),
  ];
}
