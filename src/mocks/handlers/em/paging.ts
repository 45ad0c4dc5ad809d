/**
 * PagingInfo of a query result (docs/api-notes.md#query-service): First and Last always, Previous
 * and Next when they exist. Each Href echoes the request's own query string; pageSize/page are
 * rewritten where the request had them and appended at the end where it did not.
 */
import { apiUrl, type EmContext } from './context';
import { link, type Json } from './respond';

function paramName(part: string): string {
  const name = part.split('=')[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

export function pagingInfo(
  ctx: EmContext,
  request: Request,
  page: number,
  pageSize: number,
  pagesCount: number,
): Json {
  const parts = new URL(request.url).search.slice(1).split('&').filter(Boolean);
  const hrefFor = (target: number): string => {
    const wanted: Record<string, string> = {
      pagesize: `pageSize=${pageSize}`,
      page: `page=${target}`,
    };
    const seen = new Set<string>();
    const out = parts.map((part) => {
      const name = paramName(part);
      const replacement = wanted[name];
      if (replacement === undefined || seen.has(name)) return part;
      seen.add(name);
      return replacement;
    });
    for (const name of ['pagesize', 'page']) {
      const missing = wanted[name];
      if (!seen.has(name) && missing) out.push(missing);
    }
    return `${apiUrl(ctx, '/query')}?${out.join('&')}`;
  };
  const links = [link('First', hrefFor(1))];
  if (page > 1) links.push(link('Previous', hrefFor(Math.min(page - 1, pagesCount))));
  if (page < pagesCount) links.push(link('Next', hrefFor(page + 1)));
  links.push(link('Last', hrefFor(pagesCount)));
  return { Links: links, PageNum: page, PageSize: pageSize, PagesCount: pagesCount };
}
