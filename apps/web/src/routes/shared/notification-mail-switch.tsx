import { Alert, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { actionMessage } from '@web/graphql/errors';
import { useSession } from '@web/session/viewer-context';
import { MeQuery } from '@web/session/viewer.graphql';
import { SetNotificationMailMutation } from './notifications.graphql';

/**
 * HR leads and the mobility team: whether news is also mailed to them. The session's answer holds the setting,
 * so it is asked again after a change, as the unread count is.
 */
export function NotificationMailSwitch() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const client = useClient();
  const [saving, save] = useMutation(SetNotificationMailMutation);
  const change = (enabled: boolean) =>
    void save({ enabled }).then((result) =>
      result.error ? undefined : client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
  return (
    <>
      <Switch
        checked={viewer.notificationMail}
        disabled={saving.fetching}
        onChange={(event) => change(event.currentTarget.checked)}
        label={t('notifications.mailSwitch')}
        description={t('notifications.mailSwitchHelp')}
        mb="md"
      />
      {saving.error && (
        <Alert color="red" role="alert" mb="md">
          {actionMessage(saving.error, i18n.language, t)}
        </Alert>
      )}
    </>
  );
}
