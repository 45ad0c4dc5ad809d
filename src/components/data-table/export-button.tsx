import { Button } from '@mantine/core';
import { useRef, useState } from 'react';
import { describeError } from '@/api/describe-error';
import { notify } from '@/components/notify';
import { csvFilename, downloadText, toCsv, type CsvCell } from '@/lib/csv';

/**
 * Exports the table's rows as CSV. On a server-paged table that means every
 * page of the current filter: the pages are fetched when asked, and a second
 * click cancels.
 */
export function ExportButton(props: {
  label: string;
  headers: string[];
  rows: (signal: AbortSignal) => Promise<CsvCell[][]>;
  disabled: boolean;
  /** Rows to fetch first (server mode), for the button's text. */
  count?: number;
}) {
  const [busy, setBusy] = useState(false);
  const controller = useRef<AbortController | null>(null);

  const run = async () => {
    if (controller.current) {
      controller.current.abort();
      return;
    }
    const current = new AbortController();
    controller.current = current;
    setBusy(true);
    try {
      const rows = await props.rows(current.signal);
      if (!current.signal.aborted)
        downloadText(csvFilename(props.label), toCsv(props.headers, rows));
    } catch (error) {
      if (!current.signal.aborted) {
        const { title, message } = describeError(error);
        notify({ color: 'red', title: `Export failed: ${title}`, message });
      }
    } finally {
      controller.current = null;
      setBusy(false);
    }
  };

  return (
    <Button size="xs" variant="default" disabled={props.disabled} onClick={() => void run()}>
      {busy
        ? 'Cancel export'
        : props.count !== undefined
          ? `Export CSV (${String(props.count)} rows)`
          : 'Export CSV'}
    </Button>
  );
}
