import { useLocalStorage } from '@mantine/hooks';
import { SegmentedControl } from '@mantine/core';

export type TimeZoneMode = 'local' | 'utc';

/** The local/UTC switch: a display preference, kept across visits. */
export function useTimeZoneMode() {
  return useLocalStorage<TimeZoneMode>({
    key: 'rpe-time-zone',
    defaultValue: 'local',
    getInitialValueInEffect: false,
  });
}

export function TimeZoneSwitch() {
  const [mode, setMode] = useTimeZoneMode();
  return (
    <SegmentedControl
      size="xs"
      aria-label="Show times in"
      value={mode}
      onChange={(value) => {
        setMode(value === 'utc' ? 'utc' : 'local');
      }}
      data={[
        { label: 'Local', value: 'local' },
        { label: 'UTC', value: 'utc' },
      ]}
    />
  );
}
