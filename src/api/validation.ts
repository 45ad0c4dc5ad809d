import type { z } from 'zod';

/** `Links[0].Href: expected string`: a field path and what is wrong with it. */
export function issueLine(path: readonly PropertyKey[], message: string): string {
  const where = path
    .map((part, index) =>
      typeof part === 'number' ? `[${String(part)}]` : `${index ? '.' : ''}${String(part)}`,
    )
    .join('');
  return `${where || '(body)'}: ${message}`;
}

/** "Links[0].Href: expected string" — short enough for an error panel. */
export function summarizeIssues(error: z.ZodError, max = 5): string {
  const lines = error.issues.slice(0, max).map((issue) => issueLine(issue.path, issue.message));
  const more = error.issues.length - lines.length;
  return more > 0 ? `${lines.join('\n')}\n…and ${String(more)} more` : lines.join('\n');
}
