import { Badge, Tooltip } from '@mantine/core';
import type { M365Version } from '@/api/m365/auth';

/** Which REST API version the signed-in Microsoft 365 server speaks. */
export function VersionBadge({ version }: { version: M365Version }) {
  return (
    <Tooltip label="Veeam Backup for Microsoft 365 REST API version in use">
      <Badge variant="outline" color="gray" radius="sm" size="lg" tt="none">
        API {version}
      </Badge>
    </Tooltip>
  );
}
