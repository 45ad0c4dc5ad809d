import { Table } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

const ROW_HEIGHT = 41;
const VIEWPORT_ROWS = 15;

/**
 * Every row in one scrolling body, with only the ones in view in the DOM:
 * spacer rows above and below stand in for the rest.
 */
export function VirtualRows<R>(props: {
  rows: R[];
  columnCount: number;
  renderRow: (row: R) => ReactNode;
}) {
  const { rows, columnCount } = props;
  const scroller = useRef<HTMLTableSectionElement>(null);
  // This app does not use the React Compiler, so the virtualizer's unmemoizable API is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Until the body has a size (not laid out yet, or no layout at all), assume a screenful.
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => {
        callback(rect.height > 0 ? rect : { ...rect, height: ROW_HEIGHT * VIEWPORT_ROWS });
      }),
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const spacer = (height: number) =>
    height > 0 ? (
      <Table.Tr aria-hidden style={{ height }}>
        <Table.Td colSpan={columnCount} p={0} />
      </Table.Tr>
    ) : null;
  return (
    <Table.Tbody
      ref={scroller}
      style={{ display: 'block', maxHeight: ROW_HEIGHT * VIEWPORT_ROWS, overflowY: 'auto' }}
    >
      {spacer(before)}
      {items.map((item) => {
        const row = rows[item.index];
        return row === undefined ? null : props.renderRow(row);
      })}
      {spacer(after)}
    </Table.Tbody>
  );
}
