import {
  ActionIcon,
  AppShell,
  Badge,
  Burger,
  Group,
  NavLink,
  Progress,
  Stack,
  Text,
  Tooltip,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import {
  Link,
  Outlet,
  useLocation,
  useNavigate,
  useNavigation,
  type LoaderFunctionArgs,
} from 'react-router';
import { describeError } from '@/api/describe-error';
import { notify } from '@/components/notify';
import { config } from '@/config/env';
import { paths } from '@/config/paths';
import { TimeZoneSwitch } from '@/components/time-zone';
import { requireAnySession } from './guards';
import { HeaderSearch } from './em/vms/header-search';
import { useSessions } from './sessions';
import { signOut } from './sign-out';
import type { SessionKind } from '@/api/session';
import '@/components/styles/data-pages.css';

export function loader() {
  return ({ request }: LoaderFunctionArgs) => {
    requireAnySession(request);
    return null;
  };
}

export function Component() {
  const [opened, { toggle, close }] = useDisclosure();
  const navigation = useNavigation();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sessions = useSessions();
  const { toggleColorScheme } = useMantineColorScheme();

  const handleSignOut = async (kind: SessionKind) => {
    const name = kind === 'em' ? 'Enterprise Manager' : 'Microsoft 365';
    const other = kind === 'em' ? sessions.m365 : sessions.em;
    // The session and its data are gone here (and in the other tabs) before the server hears of it.
    const serverSide = signOut(kind, queryClient);
    // Still signed in to the other server: carry on there.
    void navigate(
      other
        ? kind === 'em'
          ? paths.m365RestorePoints()
          : paths.overview()
        : paths.login({ kind }),
    );
    const problem = await serverSide;
    notify(
      problem
        ? {
            color: 'yellow',
            title: `Signed out of ${name} in this browser`,
            message: `The server did not confirm that the session ended (${describeError(problem).title}). It ends by itself after a while without use.`,
          }
        : { message: `Signed out of ${name}.` },
    );
  };

  const isActive = (prefix: string) => location.pathname.startsWith(prefix);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      {navigation.state === 'loading' ? (
        <Progress
          value={100}
          animated
          size="xs"
          radius={0}
          pos="fixed"
          top={0}
          left={0}
          right={0}
          style={{ zIndex: 1000 }}
          aria-label="Loading page"
        />
      ) : null}
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Text
              component={Link}
              to={paths.home()}
              fw={700}
              size="lg"
              style={{ whiteSpace: 'nowrap' }}
              visibleFrom="xs"
            >
              Restore Point Explorer
            </Text>
            {config.demo ? (
              <Badge
                color="orange"
                variant="light"
                title="Built-in sample data; no Veeam server is used"
              >
                Demo
              </Badge>
            ) : null}
          </Group>
          <Group gap="xs" wrap="nowrap">
            {/* Searches VM names; starts the background VM-name index for an EM session. */}
            <HeaderSearch />
            <TimeZoneSwitch />
            <Tooltip label="Light or dark">
              <ActionIcon
                variant="default"
                size="lg"
                onClick={toggleColorScheme}
                aria-label="Toggle light and dark theme"
              >
                ◐
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <Stack gap={4} justify="space-between" h="100%">
          <div>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs">
              Enterprise Manager
            </Text>
            {sessions.em ? (
              <>
                <NavLink
                  component={Link}
                  to={paths.overview()}
                  label="Overview"
                  aria-label="Enterprise Manager overview"
                  active={isActive(paths.overview.pattern)}
                  onClick={close}
                />
                <NavLink
                  component={Link}
                  to={paths.backups()}
                  label="Backups"
                  active={
                    isActive('/backup') ||
                    isActive('/restore-points') ||
                    isActive('/vm-restore-points')
                  }
                  onClick={close}
                />
              </>
            ) : (
              <NavLink
                component={Link}
                to={paths.login({ kind: 'em', from: location.pathname })}
                label="Sign in to Enterprise Manager"
                onClick={close}
              />
            )}
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md">
              Microsoft 365
            </Text>
            {sessions.m365 ? (
              <>
                <NavLink
                  component={Link}
                  to={paths.m365Overview()}
                  label="Overview"
                  aria-label="Microsoft 365 overview"
                  active={isActive(paths.m365Overview.pattern)}
                  onClick={close}
                />
                <NavLink
                  component={Link}
                  to={paths.m365RestorePoints()}
                  label="Restore points"
                  active={isActive('/m365') && !isActive(paths.m365Overview.pattern)}
                  onClick={close}
                />
              </>
            ) : (
              <NavLink
                component={Link}
                to={paths.login({ kind: 'm365', from: location.pathname })}
                label="Sign in to Microsoft 365"
                onClick={close}
              />
            )}
          </div>
          <Stack gap={4} pb="xs">
            {sessions.em ? (
              <SessionRow
                label="Enterprise Manager"
                user={sessions.em.userName}
                onSignOut={() => void handleSignOut('em')}
              />
            ) : null}
            {sessions.m365 ? (
              <SessionRow
                label="Microsoft 365"
                user={sessions.m365.userName}
                onSignOut={() => void handleSignOut('m365')}
              />
            ) : null}
          </Stack>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function SessionRow({
  label,
  user,
  onSignOut,
}: {
  label: string;
  user: string;
  onSignOut: () => void;
}) {
  return (
    <Group justify="space-between" px="sm" wrap="nowrap" gap="xs">
      <div style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text size="sm" truncate title={user}>
          {user}
        </Text>
      </div>
      <ActionIcon.Group>
        <Text
          component="button"
          type="button"
          size="xs"
          c="blue.8"
          onClick={onSignOut}
          style={{ background: 'none', border: 0, cursor: 'pointer', whiteSpace: 'nowrap' }}
          aria-label={`Sign out of ${label}`}
        >
          Sign out
        </Text>
      </ActionIcon.Group>
    </Group>
  );
}
