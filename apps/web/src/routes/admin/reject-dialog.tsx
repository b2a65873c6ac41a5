import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { userMessage } from '@web/graphql/errors';
import { RejectStaffAccountMutation } from './staff-accounts.graphql';

interface Props {
  account: { id: string; displayName: string } | null;
  onClose(): void;
  onRejected(name: string): void;
}

/** Turn down a request, with a reason the requester will read. */
export function RejectDialog({ account, onClose, onRejected }: Props) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [{ fetching, error }, reject] = useMutation(RejectStaffAccountMutation);

  const confirm = async () => {
    if (!account) return;
    const result = await reject({ id: account.id, reason: reason.trim() || null });
    if (result.error) return;
    setReason('');
    onRejected(account.displayName);
  };

  return (
    // Inside the page's main landmark: a portal would add a second banner (the dialog's header) to the body.
    <Modal
      opened={account !== null}
      onClose={onClose}
      title={t('admin.staff.rejectTitle', { name: account?.displayName ?? '' })}
      withinPortal={false}
      closeButtonProps={{ 'aria-label': t('admin.staff.cancel') }}
    >
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {userMessage(error, i18n.language) ?? t('errors.generic')}
          </Alert>
        )}
        <Textarea
          label={t('admin.staff.rejectReason')}
          description={t('admin.staff.rejectReasonHelp')}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('admin.staff.cancel')}
          </Button>
          <Button color="red.9" loading={fetching} onClick={() => void confirm()}>
            {t('admin.staff.rejectConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
