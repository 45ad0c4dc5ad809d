import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';

/** Server filters are asked for once typing pauses (or on Enter), not on every keystroke. */
const SERVER_PAUSE_MS = 400;

export function FilterBox(props: {
  label: string;
  placeholder: string;
  hint?: ReactNode;
  value: string;
  server: boolean;
  onChange: (value: string) => void;
}) {
  const { value, server, onChange } = props;
  const [draft, setDraft] = useState(value);
  const [committed, setCommitted] = useState(value);
  // The URL changed from elsewhere (back button, a link): show what it says.
  if (value !== committed) {
    setCommitted(value);
    setDraft(value);
  }
  const commit = useDebouncedCallback((next: string) => {
    setCommitted(next);
    onChange(next);
  }, SERVER_PAUSE_MS);

  return (
    <TextInput
      aria-label={props.label}
      placeholder={props.placeholder}
      description={props.hint}
      value={server ? draft : value}
      size="xs"
      w={260}
      spellCheck={false}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (!server) {
          onChange(next);
          return;
        }
        setDraft(next);
        commit(next);
      }}
      onKeyDown={(event) => {
        if (server && event.key === 'Enter') {
          commit.flush();
        }
      }}
    />
  );
}
