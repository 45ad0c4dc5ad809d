import { Group, NativeSelect, Pagination } from '@mantine/core';
import { PAGE_SIZES } from '@/config/page-sizes';

/** Page buttons and the rows-per-page choice; nothing when one page holds everything. */
export function Pager(props: {
  label: string;
  page: number;
  pageCount: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const { label, page, pageCount, pageSize } = props;
  if (pageCount <= 1 && pageSize === PAGE_SIZES[0]) return null;
  return (
    <Group justify="center" mt="sm" gap="md">
      {pageCount > 1 ? (
        <Pagination
          total={pageCount}
          value={page}
          size="sm"
          aria-label={`${label} pages`}
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          onChange={props.onPage}
        />
      ) : null}
      <NativeSelect
        size="xs"
        aria-label={`Rows per page in ${label}`}
        value={String(pageSize)}
        data={PAGE_SIZES.map((size) => ({
          value: String(size),
          label: `${String(size)} per page`,
        }))}
        onChange={(event) => {
          props.onPageSize(Number(event.currentTarget.value));
        }}
      />
    </Group>
  );
}
