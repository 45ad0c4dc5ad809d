import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { restorePointQueries, restorePointUid } from '@/api/em/restore-points';
import type { VmRestorePoint } from '@/api/em/vm-restore-points';
import { withBackups, type Row } from './rows';

/**
 * The rows of the VM's points, newest first. Backup names come from the parent restore points,
 * a second query: until it answers the rows show placeholders, and on failure "unknown".
 */
export function useRows(points: VmRestorePoint[]) {
  const restorePointUids = useMemo(
    () =>
      points.flatMap((point) =>
        point.restorePoint ? [restorePointUid(point.restorePoint.id)] : [],
      ),
    [points],
  );
  const parentPointsQuery = restorePointQueries.byUids(restorePointUids);
  const restorePoints = useQuery(parentPointsQuery);
  const rows = useMemo<Row[]>(
    () => withBackups(points, restorePoints.data, restorePoints.isError),
    [points, restorePoints.data, restorePoints.isError],
  );
  return { rows, restorePoints, parentPointsQuery };
}
