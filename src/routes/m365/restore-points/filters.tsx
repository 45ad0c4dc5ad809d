import {
  Button,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Text,
} from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import dayjs from 'dayjs';
import type { M365Version } from '@/api/m365/auth';
import {
  hasFilters,
  lastMonday,
  pickerToUrl,
  problems,
  supportsBefore,
  urlToPicker,
  type FilterKey,
  type RestorePointView,
} from '@/api/m365/filters';
import { idKey, type Lookups } from '../common/use-lookups';

interface Option {
  value: string;
  label: string;
}

/** Options from a list, plus the URL's value when the list does not have it (so it shows). */
function options(items: Option[], current: string | null, unknown: string): Option[] {
  if (!current || items.some((item) => idKey(item.value) === idKey(current))) return items;
  return [{ value: current, label: `${unknown} (${current})` }, ...items];
}

/** The option whose id matches the URL's value, whatever its case. */
function selected(items: Option[], current: string | null): string | null {
  if (!current) return null;
  return items.find((item) => idKey(item.value) === idKey(current))?.value ?? current;
}

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';
const toPicker = (date: Date) => dayjs(date).format('YYYY-MM-DD HH:mm:ss');

function presets(now: Date) {
  return [
    { value: toPicker(dayjs(now).subtract(24, 'hour').toDate()), label: 'Last 24 hours' },
    { value: toPicker(lastMonday(now)), label: 'Since last Monday' },
    {
      value: toPicker(dayjs(now).subtract(7, 'day').startOf('day').toDate()),
      label: 'Last 7 days',
    },
    {
      value: toPicker(dayjs(now).subtract(30, 'day').startOf('day').toDate()),
      label: 'Last 30 days',
    },
  ];
}

const yesNoData = [
  { value: 'any', label: 'Any' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

interface RestorePointFiltersProps {
  version: M365Version;
  view: RestorePointView;
  lookups: Lookups;
  onChange: (changes: Partial<RestorePointView>) => void;
  onClear: () => void;
}

/**
 * The six documented filters of GET /vN/RestorePoints (plus "created before" on
 * v7/v8). Every change goes to the URL; the server does the filtering.
 */
export function RestorePointFilters({
  version,
  view,
  lookups,
  onChange,
  onClear,
}: RestorePointFiltersProps) {
  const issues = problems(view, version);
  const error = (key: FilterKey) => issues[key];
  const now = new Date();

  const organizationOptions = options(
    lookups.organizations.map((org) => ({ value: org.id, label: org.displayName })),
    view.org,
    'Unknown organization',
  );
  // With an organization chosen, offer its jobs (v7+ jobs name their organization).
  const chosenOrg = view.org ? idKey(view.org) : null;
  const jobOptions = options(
    lookups.jobs
      .filter((job) => !chosenOrg || !job.organizationId || idKey(job.organizationId) === chosenOrg)
      .map((job) => ({ value: job.id, label: job.name })),
    view.job,
    'Unknown job',
  );
  const repositoryOptions = options(
    lookups.repositories.map((repo) => ({ value: repo.id, label: repo.name })),
    view.repo,
    'Unknown repository',
  );

  const yesNo = (key: 'longTerm' | 'retrieved', label: string, description: string) => (
    <Input.Wrapper label={label} description={description} error={error(key)}>
      <SegmentedControl
        fullWidth
        mt={4}
        aria-label={label}
        value={view[key] === 'yes' || view[key] === 'no' ? view[key] : view[key] ? '' : 'any'}
        data={yesNoData}
        onChange={(value) => {
          onChange({ [key]: value === 'any' ? null : value });
        }}
      />
    </Input.Wrapper>
  );

  return (
    <Paper withBorder p="md" radius="md" mb="md" component="section" aria-label="Filters">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" verticalSpacing="sm">
        <Select
          label="Organization"
          placeholder="All organizations"
          searchable
          clearable
          data={organizationOptions}
          value={selected(organizationOptions, view.org)}
          error={error('org')}
          nothingFoundMessage="No organization matches"
          onChange={(value) => {
            onChange({ org: value });
          }}
        />
        <Select
          label="Job"
          placeholder="All jobs"
          searchable
          clearable
          data={jobOptions}
          value={selected(jobOptions, view.job)}
          error={error('job')}
          nothingFoundMessage="No job matches"
          onChange={(value) => {
            onChange({ job: value });
          }}
        />
        <Select
          label="Repository"
          placeholder="All repositories"
          searchable
          clearable
          data={repositoryOptions}
          value={selected(repositoryOptions, view.repo)}
          error={error('repo')}
          nothingFoundMessage="No repository matches"
          onChange={(value) => {
            onChange({ repo: value });
          }}
        />
        <DateTimePicker
          label="Created after"
          description="Your local time; the link keeps it in UTC"
          placeholder="Any time"
          clearable
          valueFormat={PICKER_FORMAT}
          value={urlToPicker(view.after)}
          error={error('after')}
          presets={presets(now)}
          submitButtonProps={{ 'aria-label': 'Apply the “created after” time' }}
          onChange={(value) => {
            onChange({ after: pickerToUrl(value) });
          }}
        />
        {supportsBefore(version) ? (
          <DateTimePicker
            label="Created before"
            description="Your local time"
            placeholder="Any time"
            clearable
            valueFormat={PICKER_FORMAT}
            value={urlToPicker(view.before)}
            error={error('before')}
            submitButtonProps={{ 'aria-label': 'Apply the “created before” time' }}
            onChange={(value) => {
              onChange({ before: pickerToUrl(value) });
            }}
          />
        ) : null}
        {yesNo('longTerm', 'Long-term copy', 'Made by backup copy jobs to object storage')}
        {yesNo('retrieved', 'Retrieved', 'Brought back from object storage')}
      </SimpleGrid>
      <Group justify="space-between" mt="sm" gap="xs">
        <Text size="xs" c="dimmed">
          {supportsBefore(version)
            ? 'The server filters, sorts by backup time and pages.'
            : `API ${version} filters on the server and answers every match at once; “created before” needs v7 or later.`}
        </Text>
        <Group gap="xs">
          {issues.before && !supportsBefore(version) ? (
            <Text size="xs" c="orange" role="status">
              {issues.before}
            </Text>
          ) : null}
          <Button size="xs" variant="default" disabled={!hasFilters(view)} onClick={onClear}>
            Clear filters
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
