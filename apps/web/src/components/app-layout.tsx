import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { NavLink as RouterNavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { navigationFor } from '@web/navigation';
import { useSession } from '@web/session/viewer-context';
import { LanguageSwitch } from './language-switch';
import { QueryLoading } from './query-state';
import { UnreadNotificationsBadge, UnreadNotificationsOnMenu } from './unread-notifications';

/** Header with language and logout, the role's menu (a drawer on phones), and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { viewer, logOut } = useSession();
  const [menuOpen, menu] = useDisclosure(false);
  const hasNotifications = navigationFor(viewer.role).some((item) => item.badge === 'unreadNotifications');
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }}
      padding="md"
    >
      <Anchor href="#main" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <UnreadNotificationsOnMenu enabled={hasNotifications}>
              <Burger
                opened={menuOpen}
                onClick={menu.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('app.openMenu')}
                aria-expanded={menuOpen}
                aria-controls="main-navigation"
              />
            </UnreadNotificationsOnMenu>
            <Text fw={700} size="lg" component="span">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap" align="end">
            <LanguageSwitch />
            {/* On a phone the header has room for the language only: logging out is in the menu there. */}
            <Button variant="outline" size="xs" visibleFrom="sm" onClick={() => void logOut()}>
              {t('app.logOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-navigation" component="nav" aria-label={t('app.mainNavigation')}>
        <Stack gap={4}>
          <Text size="sm" c="dimmed" mb="xs">
            {t('app.signedInAs', { name: viewer.displayName, role: t(`roles.${viewer.role}`) })}
          </Text>
          {navigationFor(viewer.role).map((item) => (
            <NavLink
              key={item.path}
              component={RouterNavLink}
              to={item.path}
              label={t(item.label)}
              variant="filled"
              onClick={menu.close}
              rightSection={item.badge && <UnreadNotificationsBadge />}
            />
          ))}
          <Button variant="outline" size="xs" mt="md" hiddenFrom="sm" onClick={() => void logOut()}>
            {t('app.logOut')}
          </Button>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<QueryLoading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
