import type { LinkTarget } from '@/api/em/schema';
import type { Crumb } from '@/components/page-header';
import { paths } from '@/config/paths';

/** "Backups › <backup> › …": the trail of every page below a backup. */
export function backupCrumbs(backup: LinkTarget | null | undefined, ...rest: Crumb[]): Crumb[] {
  return [
    { label: 'Backups', to: paths.backups() },
    ...(backup ? [{ label: backup.name ?? 'Backup', to: paths.backup(backup.id) }] : []),
    ...rest,
  ];
}
