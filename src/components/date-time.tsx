import { Text, Tooltip, type TextProps } from '@mantine/core';
import { formatLocal, formatUtc } from '@/lib/dates';
import { useTimeZoneMode } from './time-zone';

interface DateTimeProps extends TextProps {
  value: Date | null | undefined;
}

/** A date in the chosen zone (local by default), the other one on hover. */
export function DateTime({ value, ...textProps }: DateTimeProps) {
  const [mode] = useTimeZoneMode();
  if (!value)
    return (
      <Text span c="dimmed" {...textProps}>
        —
      </Text>
    );
  const local = formatLocal(value);
  const utc = formatUtc(value);
  return (
    <Tooltip label={mode === 'local' ? utc : `${local} local time`} withArrow openDelay={200}>
      <Text span {...textProps}>
        <time dateTime={value.toISOString()} title={mode === 'local' ? utc : undefined}>
          {mode === 'local' ? local : utc}
        </time>
      </Text>
    </Tooltip>
  );
}
