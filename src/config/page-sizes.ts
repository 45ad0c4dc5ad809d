/**
 * Rows per page of every list, the first one the default: about two screens, and the first
 * view of a page costs its rows (on the VM page about 26 ms of main-thread work a row on a
 * 2-core machine, docs/performance.md). A link keeps another size.
 */
export const PAGE_SIZES = [25, 50, 100, 500] as const;
export const DEFAULT_PAGE_SIZE = PAGE_SIZES[0];
