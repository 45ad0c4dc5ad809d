/** The VM page's queries: its table's pages, and the newest page that feeds the card. */
import type { ListParams } from '@/api/em/query';
import { vmRestorePointFilters } from '@/api/em/vm-restore-points';
import type { TableView } from '@/components/data-table/table-state';
import { DEFAULT_PAGE_SIZE } from '@/config/page-sizes';
import type { ServerListSpec } from '../common/server-list';

export const POINTS_PREFIX = 'rp-';

export const vmPointList = (vmName: string): ServerListSpec => ({
  prefix: POINTS_PREFIX,
  defaultSort: { key: 'created', direction: 'desc' },
  sortFields: {
    created: 'CreationTime',
    pointType: 'Type',
    algorithm: 'Algorithm',
    restorePoint: 'RestorePointName',
    server: 'BackupServerName',
    name: 'Name',
  },
  filter: () => vmRestorePointFilters.ofVm(vmName),
});

/**
 * The newest points, a page of the table's size: in the table's default view
 * this is the very page the table shows, so the card and the table cost one
 * request together.
 */
export const newestParams = (vmName: string, view: Pick<TableView, 'pageSize'>): ListParams => ({
  filter: vmRestorePointFilters.ofVm(vmName),
  sort: { field: 'CreationTime', direction: 'desc' },
  page: 1,
  pageSize: view.pageSize || DEFAULT_PAGE_SIZE,
});
