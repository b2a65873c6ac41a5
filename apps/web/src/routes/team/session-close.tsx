import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionMessage } from '@web/graphql/errors';
import { CloseSessionMutation } from './session-actions.graphql';

/** Closes a session that took place, after a confirmation: its plan no longer changes; outcomes can still be recorded. */
export function SessionClose({ sessionId, onClosed }: { sessionId: string; onClosed(): void }) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [result, close] = useMutation(CloseSessionMutation);
  const confirm = async () => {
    const closed = await close({ sessionId });
    if (closed.error) return;
    setOpened(false);
    onClosed();
  };
  return (
    <>
      <Button variant="outline" color="red.9" onClick={() => setOpened(true)}>
        {t('team.sessionClose.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('team.sessionClose.title')}
        withinPortal={false}
        closeButtonProps={{ 'aria-label': t('team.sessionMove.close') }}
      >
        <Stack>
          <Text size="sm">{t('team.sessionClose.body')}</Text>
          {result.error && (
            <Alert color="red" role="alert">
              {actionMessage(result.error, i18n.language, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)} data-autofocus>
              {t('team.sessionMove.cancel')}
            </Button>
            <Button color="red.9" onClick={() => void confirm()} loading={result.fetching}>
              {t('team.sessionClose.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
