import { Alert, Code } from '@mantine/core';
import type { Skipped } from '@/api/tolerant-list';

/** Items of a list the server sent that could not be read: left out, and said so. */
export function SkippedNote({
  skipped,
  what,
}: {
  skipped: Skipped | null | undefined;
  what: string;
}) {
  if (!skipped) return null;
  const count = skipped.count === 1 ? `1 ${what}` : `${String(skipped.count)} ${what}s`;
  return (
    <Alert
      color="yellow"
      variant="light"
      role="status"
      my="xs"
      title={`${count} could not be read`}
    >
      The server sent {skipped.count === 1 ? 'it' : 'them'} with missing or unexpected values, so{' '}
      {skipped.count === 1 ? 'it is' : 'they are'} left out; the rest are shown.
      <details>
        <summary>Details</summary>
        <Code block mt={4}>
          {skipped.details}
        </Code>
      </details>
    </Alert>
  );
}
