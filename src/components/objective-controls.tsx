/**
 * The recovery point objective (hours) and the timeline period (days), as the
 * VM page and the Microsoft 365 organization page show them; both live in the URL.
 * Pages without a timeline (the overviews) leave the period out and may add
 * inputs of their own.
 */
import { Group, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useEffect, useId, useState, type ReactNode } from 'react';

interface ObjectiveControlsProps {
  objective: number;
  period?: number | 'all';
  /** The period presets, e.g. ['7', '30', '90', 'all']; none: no period control. */
  periods?: readonly string[];
  onParamChange: (name: 'rpo' | 'days', value: string) => void;
  /** More inputs on the same line. */
  children?: ReactNode;
}

export function ObjectiveControls({
  objective,
  period,
  periods,
  onParamChange,
  children,
}: ObjectiveControlsProps) {
  const labelId = useId();
  const current = String(period);
  return (
    <Group gap="md" align="flex-end" mb="md" wrap="wrap">
      <ObjectiveInput
        value={objective}
        onChange={(hours) => {
          onParamChange('rpo', String(hours));
        }}
      />
      {periods && period !== undefined ? (
        <Stack gap={4}>
          <Text size="sm" fw={500} id={labelId}>
            Timeline period
          </Text>
          <SegmentedControl
            aria-labelledby={labelId}
            value={current}
            data={[
              ...periods.map((value) => ({ value, label: value === 'all' ? 'All' : `${value} d` })),
              // A period from the URL that is not one of the presets still gets its own segment.
              ...(periods.includes(current) ? [] : [{ value: current, label: `${current} d` }]),
            ]}
            onChange={(value) => {
              onParamChange('days', value);
            }}
          />
        </Stack>
      ) : null}
      {children}
    </Group>
  );
}

/** The objective in hours; the URL changes as soon as the value is a valid number. */
function ObjectiveInput({ value, onChange }: { value: number; onChange: (hours: number) => void }) {
  return (
    <UrlNumberInput
      label="Recovery point objective (hours)"
      description="Older than this is a warning"
      value={value}
      max={8760}
      onChange={onChange}
    />
  );
}

/** A positive number kept in the URL: the URL changes once the value is valid. */
export function UrlNumberInput(props: {
  label: string;
  description: string;
  value: number;
  max: number;
  onChange: (value: number) => void;
}) {
  const { value, max, onChange } = props;
  const [draft, setDraft] = useState<string | number>(value);
  useEffect(() => {
    setDraft((current) => (Number(current) === value ? current : value));
  }, [value]);
  return (
    <NumberInput
      label={props.label}
      description={props.description}
      value={draft}
      min={1}
      max={max}
      step={1}
      allowNegative={false}
      w={240}
      onChange={(next) => {
        setDraft(next);
        const number = typeof next === 'number' ? next : Number(next);
        if (next !== '' && Number.isFinite(number) && number > 0 && number <= max) onChange(number);
      }}
    />
  );
}
