/** "Copy for ticket": the ticket text of one row onto the clipboard, or into a dialog to copy by hand. */
import { useQueryClient } from '@tanstack/react-query';
import { restorePointQueries, restorePointUid } from '@/api/em/restore-points';
import { paths } from '@/config/paths';
import { useTicketClipboard } from '@/components/ticket-dialog';
import { withBase } from '@/lib/base-path';
import { formatLocal } from '@/lib/dates';
import { formatAt } from '@/lib/point-in-time';
import { ticketText, type TicketPointInTime } from '@/lib/ticket-text';
import type { Row } from './rows';
import { DEFAULT_PERIOD_DAYS } from './search-params';

interface TicketContext {
  displayName: string;
  objective: number;
  period: number | 'all';
  newest: Row | undefined;
  /** A point-in-time lookup on the page: every ticket starts with it, and its link keeps it. */
  pointInTime?: TicketPointInTime | undefined;
}

export function useTicketCopy({
  displayName,
  objective,
  period,
  newest,
  pointInTime,
}: TicketContext) {
  const queryClient = useQueryClient();
  const clipboard = useTicketClipboard();

  const copy = async (row: Row) => {
    let backup = row.backup;
    const parent = row.point.restorePoint;
    if (backup === undefined && parent) {
      // Backup names still loading: ask for this one rather than write "unknown" into a ticket.
      const loaded = await queryClient
        .query(restorePointQueries.byUids([restorePointUid(parent.id)]))
        .catch(() => []);
      backup = loaded[0]?.backup ?? null;
    }
    const text = ticketText({
      ...(pointInTime ? { pointInTime } : {}),
      point: {
        vmName: row.point.vmName,
        time: row.point.creationTime,
        pointType: row.point.pointType,
        algorithm: row.point.algorithm,
        backupName: backup?.name ?? null,
        uid: row.point.uid,
        restorePointName: row.point.restorePoint?.name ?? null,
        restorePointUid: row.point.restorePoint ? restorePointUid(row.point.restorePoint.id) : null,
        backupFileName: row.point.backupFile?.name ?? null,
      },
      link: new URL(
        withBase(
          paths.vm(displayName, {
            rpo: objective,
            days: period === DEFAULT_PERIOD_DAYS ? undefined : period,
            at: pointInTime ? formatAt(pointInTime.at) : undefined,
          }),
        ),
        window.location.origin,
      ).href,
      objectiveHours: objective,
      newest: row.point.id === newest?.point.id,
    });
    await clipboard.copy(
      text,
      `Restore point of ${formatLocal(row.point.creationTime)} (${displayName}) is on the clipboard.`,
    );
  };

  return { copy, dialog: clipboard.dialog };
}
