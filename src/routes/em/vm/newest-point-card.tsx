import { Anchor, Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { FreshnessCard } from '@/components/freshness-card';
import { backupCell } from './columns';
import type { Row } from './rows';

interface NewestPointCardProps {
  newest: Row;
  objective: number;
  onCopy: () => void;
}

/** The VM's newest restore point against the objective, with links and "Copy for ticket". */
export function NewestPointCard({ newest, objective, onCopy }: NewestPointCardProps) {
  return (
    <FreshnessCard
      title="Latest restore point"
      objectiveHours={objective}
      sourceLabel="Backup"
      latest={{
        time: newest.point.creationTime,
        type: newest.point.pointType,
        source: backupCell(newest),
        label: (
          <Text size="sm">
            <Anchor component={Link} to={paths.vmRestorePoint(newest.point.id)}>
              Open the newest restore point
            </Anchor>
            {newest.point.restorePoint ? (
              <>
                {' · job run '}
                <Anchor
                  component={Link}
                  to={paths.restorePoint(newest.point.restorePoint.id)}
                  style={{ whiteSpace: 'pre' }}
                >
                  {newest.point.restorePoint.name ?? newest.point.restorePoint.id}
                </Anchor>
              </>
            ) : null}
          </Text>
        ),
      }}
      actions={
        <Button size="xs" onClick={onCopy}>
          Copy for ticket
        </Button>
      }
    />
  );
}
