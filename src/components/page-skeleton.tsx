import { Skeleton, Stack } from '@mantine/core';

/** Placeholder while a page's data loads. */
export function PageSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Stack gap="xs" aria-busy="true" aria-label="Loading" data-testid="page-skeleton">
      <Skeleton height={14} width={220} />
      <Skeleton height={30} width={360} mb="md" />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={28} />
      ))}
    </Stack>
  );
}
