import { Badge, Indicator, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '@web/session/viewer-context';
import { MeQuery } from '@web/session/viewer.graphql';
import { COUNTS_NOTIFICATIONS, UnreadNotificationsQuery } from './unread-notifications.graphql';

const MOST = 99;

/**
 * The viewer's unread notifications; the menu item and the menu button share one request. Job seekers ask for it
 * apart (their start page asks it early, with the session); staff read it from the session's own answer, so a
 * staff page costs no extra request, and the notifications page asks the session again after marking them read.
 */
function useUnreadCount(): { count: number; shown: string } {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const own = viewer.role === 'JOB_SEEKER';
  const [separate] = useQuery({
    query: UnreadNotificationsQuery,
    context: COUNTS_NOTIFICATIONS,
    pause: !own,
  });
  const [session] = useQuery({ query: MeQuery, requestPolicy: 'cache-only', pause: own });
  const count = (own ? separate.data?.unreadNotificationCount : session.data?.unreadNotificationCount) ?? 0;
  return { count, shown: count > MOST ? t('jobSeeker.bell.many') : String(count) };
}

/** Beside the menu item: the count to see, and "(2 nieuw)" in the link's name for screen readers. */
export function UnreadNotificationsBadge() {
  const { t } = useTranslation();
  const { count, shown } = useUnreadCount();
  if (count === 0) return null;
  return (
    <>
      <Badge color="red.9" variant="filled" size="sm" aria-hidden>
        {shown}
      </Badge>
      <VisuallyHidden>{t('jobSeeker.bell.unread', { count })}</VisuallyHidden>
    </>
  );
}

/**
 * On phones the menu is folded away behind its button: the count sits on that button, so it is in sight without
 * crowding the header. Without `enabled` (a role without notifications) it asks nothing.
 */
export function UnreadNotificationsOnMenu({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  if (!enabled) return children;
  return <CountOnMenu>{children}</CountOnMenu>;
}

function CountOnMenu({ children }: { children: ReactNode }) {
  const { count, shown } = useUnreadCount();
  return (
    <Indicator label={shown} disabled={count === 0} color="red.9" size={18} offset={2} hiddenFrom="sm">
      {children}
    </Indicator>
  );
}
