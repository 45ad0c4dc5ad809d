import { Badge } from '@mantine/core';

const pointTypeColor: Record<string, string> = {
  Full: 'blue',
  Increment: 'teal',
  ReverseIncrement: 'grape',
};
const pointTypeLabel: Record<string, string> = {
  Full: 'Full',
  Increment: 'Increment',
  ReverseIncrement: 'Reverse increment',
};
const algorithmLabel: Record<string, string> = {
  Full: 'Full',
  Incremental: 'Incremental',
  ReversedIncremental: 'Reversed incremental',
  SyntheticFull: 'Synthetic full',
};
const algorithmColor: Record<string, string> = {
  Full: 'blue',
  Incremental: 'teal',
  ReversedIncremental: 'grape',
  SyntheticFull: 'indigo',
};

export const pointTypeColors = pointTypeColor;

export function PointTypeBadge({ value }: { value: string | null }) {
  if (!value) return null;
  return (
    <Badge variant="light" color={pointTypeColor[value] ?? 'gray'} radius="sm">
      {pointTypeLabel[value] ?? value}
    </Badge>
  );
}

export function AlgorithmBadge({ value }: { value: string | null }) {
  if (!value) return null;
  return (
    <Badge variant="outline" color={algorithmColor[value] ?? 'gray'} radius="sm">
      {algorithmLabel[value] ?? value}
    </Badge>
  );
}

const platformLabel: Record<string, string> = {
  VMware: 'VMware vSphere',
  vCloud: 'VMware Cloud Director',
  HyperV: 'Microsoft Hyper-V',
  AgentForWindows: 'Agent for Windows',
  AgentForLinux: 'Agent for Linux',
  CustomPlatform: 'Custom platform',
};

export function platformName(value: string | null): string {
  return value ? (platformLabel[value] ?? value) : '';
}
