import { Mark } from '@mantine/core';
import type { RankedMatch } from '@/lib/search-rank';

/** The VM name with the matched part marked. */
export function HighlightedName({
  match,
}: {
  match: Pick<RankedMatch<unknown>, 'name' | 'start' | 'end'>;
}) {
  const { name, start, end } = match;
  if (start >= end)
    return <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{name}</span>;
  return (
    <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {name.slice(0, start)}
      <Mark color="yellow">{name.slice(start, end)}</Mark>
      {name.slice(end)}
    </span>
  );
}
