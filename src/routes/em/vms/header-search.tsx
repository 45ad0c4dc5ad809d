import {
  ActionIcon,
  Alert,
  Anchor,
  Combobox,
  Group,
  Kbd,
  Modal,
  Stack,
  Text,
  TextInput,
  Tooltip,
  useCombobox,
} from '@mantine/core';
import { useDisclosure, useHotkeys, useMediaQuery } from '@mantine/hooks';
import { useEffect, useEffectEvent, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { VmIndexEntry } from '@/api/em/vm-index/builder';
import { paths } from '@/config/paths';
import { PointTypeBadge } from '@/components/badges';
import { DateTime } from '@/components/date-time';
import { HighlightedName } from '@/components/highlighted-name';
import { createSearcher, type RankedMatch } from '@/lib/search-rank';
import { useSessions } from '@/routes/sessions';
import { IndexStatus } from './index-status';
import { useVmIndex } from './vm-index-store';

/** Results shown in the dropdown; "Show all N matches" leads to the full list. */
export const MAX_RESULTS = 20;
const ALL = 'action:all';
const EXACT = 'action:exact';
const vmValue = (entry: VmIndexEntry) => `vm:${entry.key}`;

/** Is the key press meant for another field (so "/" types a slash there)? */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * "Find a VM" in the header of every page: searches the in-memory index of VM
 * names as you type (no request per keystroke) and opens the VM's page.
 * `/` or Ctrl+K (⌘K) focuses it. On narrow screens it collapses to a button
 * that opens the same search in a dialog.
 */
export function HeaderSearch() {
  const sessions = useSessions();
  const location = useLocation();
  const index = useVmIndex({ autoStart: Boolean(sessions.em) });
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [dialogOpened, dialog] = useDisclosure(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const focusSearch = () => {
    if (!sessions.em) return;
    if (wide) {
      inputRef.current?.focus();
      inputRef.current?.select();
    } else dialog.open();
  };

  // Ctrl+K / ⌘K works everywhere; "/" only when not typing in another field (any layout, shifted or not).
  useHotkeys([['mod+K', focusSearch]], []);
  const onSlash = useEffectEvent((event: globalThis.KeyboardEvent) => {
    if (
      event.key !== '/' ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      isTyping(event.target)
    )
      return;
    if (!sessions.em) return;
    event.preventDefault();
    focusSearch();
  });
  useEffect(() => {
    document.addEventListener('keydown', onSlash);
    return () => {
      document.removeEventListener('keydown', onSlash);
    };
  }, []);

  if (!sessions.em) {
    return wide ? (
      <Anchor component={Link} to={paths.login({ kind: 'em', from: location.pathname })} size="xs">
        Sign in to Enterprise Manager to search VMs
      </Anchor>
    ) : null;
  }

  if (wide) return <VmSearchBox index={index} inputRef={inputRef} />;
  return (
    <>
      <Tooltip label="Find a VM (/)">
        <ActionIcon variant="default" size="lg" aria-label="Find a VM" onClick={dialog.open}>
          <span aria-hidden>⌕</span>
        </ActionIcon>
      </Tooltip>
      <Modal
        opened={dialogOpened}
        onClose={dialog.close}
        title="Find a VM"
        size="lg"
        // The results open below the box, past the dialog's edge: do not clip them.
        styles={{ content: { overflow: 'visible' } }}
      >
        <VmSearchBox index={index} inputRef={inputRef} autoFocus onDone={dialog.close} inline />
      </Modal>
    </>
  );
}

interface VmSearchBoxProps {
  index: ReturnType<typeof useVmIndex>;
  inputRef: React.RefObject<HTMLInputElement | null>;
  autoFocus?: boolean;
  /** Called after navigating (closes the mobile dialog). */
  onDone?: () => void;
  /** Full width, in a dialog. */
  inline?: boolean;
}

function VmSearchBox({ index, inputRef, autoFocus, onDone, inline }: VmSearchBoxProps) {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
    },
  });
  const typing = query.trim() !== '';
  // Prepared once per index, and only while someone types: the index grows as it is built.
  const search = useMemo(
    () => (typing ? createSearcher(index.entries, (entry) => entry.name) : null),
    [index.entries, typing],
  );
  const matches = useMemo(() => search?.(query) ?? [], [search, query]);
  const shown = matches.slice(0, MAX_RESULTS);
  const byValue = useMemo(
    () => new Map(shown.map((match) => [vmValue(match.item), match.item])),
    [shown],
  );
  const trimmed = query.trim();
  const partial = !index.complete;

  // The list changed under the cursor: nothing is selected, Enter opens the first match.
  useEffect(() => {
    combobox.resetSelectedOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, index.entries]);

  const finish = (to: string) => {
    void navigate(to);
    setQuery('');
    combobox.closeDropdown();
    inputRef.current?.blur();
    onDone?.();
  };

  const submit = (value: string) => {
    if (value === ALL) finish(paths.vmSearch({ q: trimmed }));
    else if (value === EXACT) finish(paths.vm(trimmed));
    else {
      const entry = byValue.get(value);
      if (entry) finish(paths.vm(entry.name));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter with nothing selected: the best match, or the exact name when nothing matches.
    if (event.key !== 'Enter' || event.nativeEvent.isComposing || !trimmed) return;
    if (combobox.dropdownOpened && combobox.getSelectedOptionIndex() !== -1) return;
    event.preventDefault();
    const first = shown[0];
    submit(first ? vmValue(first.item) : EXACT);
  };

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={submit}
      width={inline ? 'target' : 440}
      position="bottom-end"
      // The results stay inside the header (a banner landmark) or the narrow layout's dialog:
      // in a portal on <body> they were outside every landmark (axe).
      withinPortal={false}
      zIndex={inline ? 400 : 300}
      shadow="md"
      // The header never scrolls away; happy-dom has no layout, so never hide a "detached" dropdown.
      hideDetached={false}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={inputRef}
          aria-label="Find a VM"
          placeholder="Find a VM…"
          value={query}
          // In the mobile dialog: Mantine's Modal focuses the element marked data-autofocus.
          data-autofocus={autoFocus ? true : undefined}
          w={inline ? '100%' : { base: 200, lg: 280 }}
          size={inline ? 'md' : 'sm'}
          rightSectionWidth={inline ? undefined : 36}
          rightSection={inline ? null : <Kbd size="xs">/</Kbd>}
          rightSectionPointerEvents="none"
          spellCheck={false}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => {
            combobox.openDropdown();
          }}
          onBlur={() => {
            combobox.closeDropdown();
          }}
          onKeyDown={onKeyDown}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Header>
          <IndexStatus index={index} />
        </Combobox.Header>
        <Combobox.Options
          aria-label="Matching VMs"
          mah={inline ? undefined : 420}
          style={{ overflowY: 'auto' }}
        >
          {!trimmed ? (
            <Combobox.Empty>
              <Text size="sm">Type part of a VM name, e.g. “sql”.</Text>
            </Combobox.Empty>
          ) : null}
          {shown.map((match) => (
            <Combobox.Option value={vmValue(match.item)} key={match.item.key}>
              <ResultRow match={match} />
            </Combobox.Option>
          ))}
          {trimmed && !matches.length ? (
            <>
              <Combobox.Empty>
                {partial
                  ? 'No VM name found yet (the names are still loading).'
                  : `No VM name contains “${trimmed}”.`}
              </Combobox.Empty>
              <Combobox.Option value={EXACT}>
                <Text size="sm">Look up the VM named “{trimmed}” exactly</Text>
              </Combobox.Option>
            </>
          ) : null}
          {matches.length > MAX_RESULTS ? (
            <Combobox.Option value={ALL}>
              <Text size="sm" fw={500} c="blue">
                Show all {matches.length} matches
              </Text>
            </Combobox.Option>
          ) : null}
        </Combobox.Options>
        <Combobox.Footer>
          {trimmed && partial && matches.length ? (
            <Alert color="yellow" variant="light" p={6} mb={4} role="status">
              <Text size="xs">Partial results: the VM names are still loading.</Text>
            </Alert>
          ) : null}
          <Text size="xs" c="dimmed">
            Enter opens the first match · ↑ ↓ choose another · Esc closes
          </Text>
        </Combobox.Footer>
      </Combobox.Dropdown>
    </Combobox>
  );
}

function ResultRow({ match }: { match: RankedMatch<VmIndexEntry> }) {
  const { item } = match;
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={500}>
          <HighlightedName match={match} />
        </Text>
        <Text size="xs" c="dimmed">
          Newest <DateTime value={item.newest.time} size="xs" /> · {item.count}{' '}
          {item.count === 1 ? 'restore point' : 'restore points'}
        </Text>
      </Stack>
      <PointTypeBadge value={item.newest.pointType} />
    </Group>
  );
}
