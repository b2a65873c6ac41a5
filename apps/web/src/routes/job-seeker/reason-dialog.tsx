import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ReasonDialogProps {
  /** A refusal from the server, in the person's language. */
  serverMessage: string | null;
  sending: boolean;
  onSend(reason: string): void;
  onClose(): void;
}

/** "Not interested": why not, in the person's own words (the employer and the mobility team learn from it). */
export function ReasonDialog({ serverMessage, sending, onSend, onClose }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const send = () => {
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    onSend(reason.trim());
  };
  return (
    // Inside the page's main landmark: a portal would add a second banner (the dialog's header) to the body.
    <Modal
      opened
      onClose={onClose}
      title={t('suggestions.reasonTitle')}
      withinPortal={false}
      closeButtonProps={{ 'aria-label': t('suggestions.cancel') }}
    >
      <Stack>
        {serverMessage && (
          <Alert color="red" role="alert">
            {serverMessage}
          </Alert>
        )}
        <Textarea
          label={t('suggestions.reasonLabel')}
          description={t('suggestions.reasonHelp')}
          required
          autosize
          minRows={3}
          maxLength={1000}
          value={reason}
          error={reasonMissing ? t('suggestions.reasonRequired') : undefined}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setReasonMissing(false);
          }}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('suggestions.cancel')}
          </Button>
          <Button onClick={send} loading={sending}>
            {t('suggestions.send')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
