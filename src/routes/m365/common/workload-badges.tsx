import { Badge, Group, Text } from '@mantine/core';
import { WORKLOADS, WORKLOAD_LABELS, type Workload } from '@/api/m365/restore-points';

export const WORKLOAD_COLORS: Record<Workload, string> = {
  exchange: 'blue',
  sharePoint: 'teal',
  oneDrive: 'cyan',
  teams: 'violet',
};

/** The workloads a restore point holds: Exchange, SharePoint, OneDrive, Teams. */
export function WorkloadBadges({ workloads }: { workloads: Record<Workload, boolean> }) {
  const held = WORKLOADS.filter((workload) => workloads[workload]);
  if (!held.length) {
    return (
      <Text span size="sm" c="dimmed">
        None
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="wrap">
      {held.map((workload) => (
        <Badge key={workload} variant="light" color={WORKLOAD_COLORS[workload]} radius="sm">
          {WORKLOAD_LABELS[workload]}
        </Badge>
      ))}
    </Group>
  );
}

/** The workload names, for CSV and text. */
export function workloadText(workloads: Record<Workload, boolean>): string {
  return WORKLOADS.filter((workload) => workloads[workload])
    .map((workload) => WORKLOAD_LABELS[workload])
    .join(', ');
}

/** Yes / No flag, a coloured "Yes" badge when set; `label` names it for screen readers. */
export function YesNoBadge({ on, label, color }: { on: boolean; label: string; color: string }) {
  return on ? (
    <Badge variant="light" color={color} radius="sm" aria-label={`${label}: yes`}>
      Yes
    </Badge>
  ) : (
    <Text span size="sm" c="dimmed">
      No
    </Text>
  );
}
