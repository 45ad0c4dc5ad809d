import { Table, UnstyledButton } from '@mantine/core';
import type { SortDirection } from './table-state';

/** A column header; sortable ones are buttons and say their order to screen readers. */
export function HeaderCell(props: {
  label: string;
  sortable: boolean;
  direction: SortDirection | null;
  onSort: () => void;
}) {
  const { label, sortable, direction } = props;
  if (!sortable) return <Table.Th>{label}</Table.Th>;
  return (
    <Table.Th
      aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
    >
      <UnstyledButton fw={700} fz="sm" onClick={props.onSort}>
        {label} {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
      </UnstyledButton>
    </Table.Th>
  );
}
