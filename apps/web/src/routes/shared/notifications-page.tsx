import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { actionMessage } from '@web/graphql/errors';
import { currentLanguage } from '@web/i18n/i18n';
import { useSession } from '@web/session/viewer-context';
import { MeQuery } from '@web/session/viewer.graphql';
import { MarkNotificationsReadMutation, MyNotificationsQuery } from './notifications.graphql';
import { NotificationMailSwitch } from './notification-mail-switch';
import { subjectLink } from './notification-links';

/** The mutation answers a count, which names no type: this tells the cache which lists to read again. */
const NOTIFICATIONS_CHANGED = { additionalTypenames: ['Notification'] };

/**
 * "Meldingen", for job seekers, HR leads and the mobility team alike: newest first, the unread marked, each with a
 * link to what it is about where the reader has a page for it; reading them is the reader's own choice.
 */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const format = useFormat();
  const dutch = currentLanguage(i18n.language) === 'nl';
  const pick = (text: { nl: string; en: string }) => (dutch ? text.nl : text.en);
  const [{ data, error, fetching }] = useQuery({ query: MyNotificationsQuery });
  const [marking, markRead] = useMutation(MarkNotificationsReadMutation);
  const notifications = data?.myNotifications;
  const unread = notifications?.filter((n) => !n.readAt) ?? [];
  const client = useClient();
  // Staff read their unread count from the session's answer (unread-notifications.tsx): ask it again.
  const mark = (ids: string[]) =>
    void markRead({ ids }, NOTIFICATIONS_CHANGED).then(() =>
      client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );

  return (
    <>
      <PageHeading
        title={t('notifications.title')}
        intro={t(viewer.role === 'JOB_SEEKER' ? 'notifications.introJobSeeker' : 'notifications.introStaff')}
      />
      {viewer.role !== 'JOB_SEEKER' && <NotificationMailSwitch />}
      {fetching && !notifications && <QueryLoading />}
      {error && !notifications && <QueryError error={error} />}
      {marking.error && (
        <Alert color="red" role="alert" mb="md">
          {actionMessage(marking.error, i18n.language, t)}
        </Alert>
      )}
      {notifications && notifications.length === 0 && <Text>{t('notifications.empty')}</Text>}
      {notifications && notifications.length > 0 && (
        <Stack gap="sm">
          <Group justify="space-between">
            <Text role="status">
              {unread.length === 0
                ? t('notifications.allRead')
                : t('notifications.unreadCount', { count: unread.length })}
            </Text>
            {unread.length > 0 && (
              <Button
                variant="outline"
                loading={marking.fetching}
                onClick={() => mark(unread.map((n) => n.id))}
              >
                {t('notifications.markAllRead')}
              </Button>
            )}
          </Group>
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {notifications.map((notification) => (
              <Card
                key={notification.id}
                withBorder
                component="li"
                bg={notification.readAt ? undefined : 'blue.0'}
              >
                <Stack gap={4}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Text size="sm" c="dimmed">
                      {format.dateTime(notification.createdAt)}
                    </Text>
                    {!notification.readAt && (
                      <Badge color="blue.9" variant="filled">
                        {t('notifications.unread')}
                      </Badge>
                    )}
                  </Group>
                  <Text fw={notification.readAt ? 400 : 600}>
                    {pick({ nl: notification.textNl, en: notification.textEn })}
                  </Text>
                  {(() => {
                    const link = subjectLink(viewer.role, notification);
                    return (
                      link && (
                        <Anchor component={Link} to={link.path} size="sm">
                          {t(link.label)}
                        </Anchor>
                      )
                    );
                  })()}
                  {!notification.readAt && (
                    <Group justify="flex-end">
                      <Button variant="subtle" size="xs" onClick={() => mark([notification.id])}>
                        {t('notifications.markRead')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Card>
            ))}
          </Stack>
        </Stack>
      )}
    </>
  );
}
