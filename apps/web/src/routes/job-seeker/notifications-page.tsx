import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { actionMessage } from '@web/graphql/errors';
import { MarkNotificationsReadMutation, MyNotificationsQuery } from './notifications.graphql';
import { useLabels } from './use-labels';

/** The mutation answers a count, which names no type: this tells the cache which lists to read again. */
const NOTIFICATIONS_CHANGED = { additionalTypenames: ['Notification'] };

/** "Meldingen": newest first, the unread marked; reading them is the person's own choice. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { pick } = useLabels();
  const [{ data, error, fetching }] = useQuery({ query: MyNotificationsQuery });
  const [marking, markRead] = useMutation(MarkNotificationsReadMutation);
  const notifications = data?.myNotifications;
  const unread = notifications?.filter((n) => !n.readAt) ?? [];
  const mark = (ids: string[]) => void markRead({ ids }, NOTIFICATIONS_CHANGED);

  return (
    <>
      <PageHeading title={t('jobSeeker.notifications.title')} intro={t('jobSeeker.notifications.intro')} />
      {fetching && !notifications && <QueryLoading />}
      {error && !notifications && <QueryError error={error} />}
      {marking.error && (
        <Alert color="red" role="alert" mb="md">
          {actionMessage(marking.error, i18n.language, t)}
        </Alert>
      )}
      {notifications && notifications.length === 0 && <Text>{t('jobSeeker.notifications.empty')}</Text>}
      {notifications && notifications.length > 0 && (
        <Stack gap="sm">
          <Group justify="space-between">
            <Text role="status">
              {unread.length === 0
                ? t('jobSeeker.notifications.allRead')
                : t('jobSeeker.notifications.unreadCount', { count: unread.length })}
            </Text>
            {unread.length > 0 && (
              <Button
                variant="outline"
                loading={marking.fetching}
                onClick={() => mark(unread.map((n) => n.id))}
              >
                {t('jobSeeker.notifications.markAllRead')}
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
                        {t('jobSeeker.notifications.unread')}
                      </Badge>
                    )}
                  </Group>
                  <Text fw={notification.readAt ? 400 : 600}>
                    {pick({ nl: notification.textNl, en: notification.textEn })}
                  </Text>
                  {!notification.readAt && (
                    <Group justify="flex-end">
                      <Button variant="subtle" size="xs" onClick={() => mark([notification.id])}>
                        {t('jobSeeker.notifications.markRead')}
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
