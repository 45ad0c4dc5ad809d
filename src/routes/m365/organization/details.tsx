import type { Organization } from '@/api/m365/organizations';
import { DateTime } from '@/components/date-time';
import { FieldList, yesNo } from '@/components/field-list';
import { Section } from '@/components/section';

/** The organization's own fields, as the API reports them. */
export function OrganizationDetails({ organization }: { organization: Organization }) {
  return (
    <Section title="Details">
      <FieldList
        fields={[
          { label: 'Name', value: organization.officeName },
          { label: 'Tenant', value: organization.name },
          { label: 'Type', value: organization.type },
          { label: 'Region', value: organization.region },
          {
            label: 'Backed up',
            value: organization.isBackedUp === null ? null : organization.isBackedUp ? 'Yes' : 'No',
          },
          { label: 'First backup', value: <DateTime value={organization.firstBackup} /> },
          { label: 'Last backup', value: <DateTime value={organization.lastBackup} /> },
          { label: 'Exchange Online', value: yesNo(organization.services.exchange) },
          { label: 'SharePoint Online', value: yesNo(organization.services.sharePoint) },
          { label: 'Teams', value: yesNo(organization.services.teams) },
          { label: 'Microsoft 365 tenant id (msid)', value: organization.msid },
          { label: 'Organization id', value: organization.id },
        ]}
      />
    </Section>
  );
}
