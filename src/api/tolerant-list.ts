/**
 * Lists in which one bad item never takes the whole answer down. Each item is
 * parsed on its own (an exception while parsing counts as a failure); items
 * that fail are left out and reported as `skipped`. Only when every item fails
 * does the answer fail, with the first item's issues: then the server speaks a
 * shape this app does not know, and saying so beats showing an empty list.
 */
import { z } from 'zod';
import { issueLine } from './validation';

/** What a list left out, for a note next to it. */
export interface Skipped {
  count: number;
  /** One line per item (the first few): where and what. */
  details: string;
}

interface Issue {
  path: PropertyKey[];
  message: string;
}
type Outcome<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** An item parsed on its own: never fails, says how it went. */
export function lenient<T extends z.ZodType>(item: T) {
  return z.unknown().transform((value): Outcome<z.output<T>> => {
    try {
      const result = item.safeParse(value);
      return result.success
        ? { ok: true, value: result.data }
        : { ok: false, issues: result.error.issues };
    } catch (error) {
      const message = error instanceof Error ? error.message : 'could not be read';
      return { ok: false, issues: [{ path: [], message }] };
    }
  });
}

const MAX_DETAILS = 5;

/**
 * The items that parsed and what was left out. When every item failed, the
 * first one's issues go to `ctx` (under `path`), which fails the answer.
 */
export function settle<T>(
  outcomes: readonly Outcome<T>[],
  ctx: z.RefinementCtx,
  path: PropertyKey[],
): { items: T[]; skipped: Skipped | null } {
  const items: T[] = [];
  const lines: string[] = [];
  let first: { index: number; issues: Issue[] } | null = null;
  for (const [index, outcome] of outcomes.entries()) {
    if (outcome.ok) {
      items.push(outcome.value);
      continue;
    }
    first ??= { index, issues: outcome.issues };
    if (lines.length < MAX_DETAILS) {
      const issue = outcome.issues[0];
      lines.push(issueLine([index, ...(issue?.path ?? [])], issue?.message ?? 'not readable'));
    }
  }
  const failed = outcomes.length - items.length;
  if (items.length === 0 && first) {
    const { index, issues } = first;
    for (const issue of issues) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, ...issue.path],
        message: issue.message,
      });
    }
  }
  if (failed === 0) return { items, skipped: null };
  const more = failed > lines.length ? `\n…and ${String(failed - lines.length)} more` : '';
  return { items, skipped: { count: failed, details: lines.join('\n') + more } };
}
