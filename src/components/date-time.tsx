import { Text, type TextProps } from '@mantine/core';
import { formatLocal, formatUtc } from '@/lib/dates';
import { useTimeZoneMode } from './time-zone';

interface DateTimeProps extends TextProps {
  value: Date | null | undefined;
}

/** A date in the chosen zone (local by default), the other one on hover (its title). */
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
  // The browser's tooltip only: a Mantine one repeated the title's text, and its hooks cost
  // every row of a table (docs/performance.md).
  return (
    <Text span {...textProps}>
      <time dateTime={value.toISOString()} title={mode === 'local' ? utc : `${local} local time`}>
        {mode === 'local' ? local : utc}
      </time>
    </Text>
  );
}
