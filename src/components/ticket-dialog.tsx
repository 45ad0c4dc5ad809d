/** Ticket text onto the clipboard, or into a dialog to copy by hand when the browser refuses. */
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { notify } from './notify';

/** `copy(text, message)`: the clipboard and a "Copied" note, else the dialog (render `dialog`). */
export function useTicketClipboard() {
  const [text, setText] = useState<string | null>(null);
  const [opened, dialog] = useDisclosure(false);
  const copy = async (ticket: string, message: string) => {
    try {
      await navigator.clipboard.writeText(ticket);
      notify({ color: 'teal', title: 'Copied for the ticket', message });
    } catch {
      // No clipboard access (permissions, insecure origin): show the text to copy by hand.
      setText(ticket);
      dialog.open();
    }
  };
  return { copy, dialog: <TicketDialog opened={opened} text={text} onClose={dialog.close} /> };
}

interface TicketDialogProps {
  opened: boolean;
  text: string | null;
  onClose: () => void;
}

/** The ticket text to copy by hand when the browser refuses the clipboard. */
function TicketDialog({ opened, text, onClose }: TicketDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Copy this into the ticket" size="lg">
      <Stack gap="xs">
        <Text size="sm">
          The browser did not allow writing to the clipboard. Select the text and copy it.
        </Text>
        <Textarea
          readOnly
          rows={14}
          value={text ?? ''}
          aria-label="Ticket text"
          data-autofocus
          onFocus={(event) => {
            event.currentTarget.select();
          }}
        />
      </Stack>
    </Modal>
  );
}
