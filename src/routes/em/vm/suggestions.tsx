import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { createSearcher } from '@/lib/search-rank';
import { useVmIndex } from '../vms/vm-index-store';

/** For an unknown name: VM names from the index that contain it. */
export function Suggestions({ vmName }: { vmName: string }) {
  const index = useVmIndex();
  const matches = useMemo(
    () => createSearcher(index.entries, (entry) => entry.name)(vmName, 8),
    [index.entries, vmName],
  );
  if (!matches.length) return null;
  return (
    <Stack gap={4} align="center">
      <Text size="sm">VMs whose name contains “{vmName}”:</Text>
      <Group gap="xs" justify="center">
        {matches.map((match) => (
          <Anchor component={Link} to={paths.vm(match.name)} key={match.item.key} size="sm">
            {match.name}
          </Anchor>
        ))}
      </Group>
    </Stack>
  );
}
