/**
 * "Restore to…": a date-time in the user's own zone, kept in the URL in UTC
 * (`at`). The field shows the UTC time it means as you type; the lookup runs
 * when the form is sent (Enter or the button), not on every keystroke.
 */
import { Button, Group, TextInput } from '@mantine/core';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { formatUtc } from '@/lib/dates';
import { browserTimeZone, fromLocalInput, toLocalInput } from '@/lib/point-in-time';

interface RestoreToFieldProps {
  /** The chosen time, from the URL. */
  at: Date | null;
  /** The URL's `at` when it does not read as a time (shown as the field's error). */
  unreadable: string | null;
  onChange: (at: Date | null) => void;
  /** More fields of the same question (e.g. the workload), before the buttons. */
  children?: ReactNode;
}

export function RestoreToField({ at, unreadable, onChange, children }: RestoreToFieldProps) {
  const zone = browserTimeZone();
  const fromUrl = at ? toLocalInput(at, zone) : '';
  const [draft, setDraft] = useState(fromUrl);
  const [shown, setShown] = useState(fromUrl);
  const [tried, setTried] = useState(false);
  // The URL changed from elsewhere (a link, the back button): show what it says.
  if (fromUrl !== shown) {
    setShown(fromUrl);
    setDraft(fromUrl);
    setTried(false);
  }
  const chosen = fromLocalInput(draft, zone);
  const error = unreadable
    ? `“${unreadable}” in the link is not a date and time (ISO 8601 in UTC, e.g. 2025-06-10T14:00:00Z).`
    : tried && !chosen
      ? 'Enter a date and a time.'
      : null;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setTried(true);
    if (chosen) onChange(chosen);
  };

  return (
    <form onSubmit={submit} aria-label="Restore to a point in time" noValidate>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          type="datetime-local"
          label="Restore to…"
          description={
            chosen
              ? `Your local time (${zone}) = ${formatUtc(chosen)}`
              : `Your local time (${zone}); the link keeps it in UTC`
          }
          value={draft}
          step={60}
          w={360}
          error={error}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
          }}
        />
        {children}
        <Group gap="xs">
          <Button type="submit" size="sm">
            Find restore points
          </Button>
          {at || unreadable ? (
            <Button
              size="sm"
              variant="default"
              onClick={() => {
                onChange(null);
              }}
            >
              Clear
            </Button>
          ) : null}
        </Group>
      </Group>
    </form>
  );
}
