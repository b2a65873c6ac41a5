import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import type { ErasureRequestPartsFragment } from '@web/graphql/generated/graphql';
import { actionMessage } from '@web/graphql/errors';
import { CancelErasureMutation, RequestErasureMutation } from './my-data.graphql';
import { SectionCard } from './section-card';
import { useLabels } from './use-labels';

interface ErasureSectionProps {
  candidateId: string;
  requests: ErasureRequestPartsFragment[];
  /** The cooling-off period the gateway applies (ERASURE_GRACE_DAYS). */
  graceDays: number;
}

/** Ask for erasure (with what it means and the grace period), or stop the one that is scheduled. */
export function ErasureSection({ candidateId, requests, graceDays }: ErasureSectionProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { who } = useLabels();
  const scheduled = requests.find((r) => r.status === 'SCHEDULED');
  const lastCancelled = requests.find((r) => r.status === 'CANCELLED');
  const [cancelling, cancel] = useMutation(CancelErasureMutation);
  const [confirming, setConfirming] = useState(false);
  const problem = cancelling.error && actionMessage(cancelling.error, i18n.language, t);

  return (
    <SectionCard title={t('jobSeeker.myData.erasure.title')} intro={t('jobSeeker.myData.erasure.intro')}>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {scheduled ? (
        <Alert color="orange" role="status">
          <Stack gap="xs" align="flex-start">
            <Text size="sm" fw={600}>
              {t('jobSeeker.myData.erasure.scheduled', { date: format.dateTime(scheduled.scheduledFor) })}
            </Text>
            <Text size="sm">
              {t('jobSeeker.myData.erasure.requestedBy', {
                date: format.dateTime(scheduled.requestedAt),
                who: who(scheduled.requestedByRole),
              })}
            </Text>
            <Button loading={cancelling.fetching} onClick={() => void cancel({ requestId: scheduled.id })}>
              {t('jobSeeker.myData.erasure.cancelRequest')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <>
          {lastCancelled?.cancelledAt && (
            <Alert color="green" role="status">
              {t('jobSeeker.myData.erasure.cancelled', { date: format.dateTime(lastCancelled.cancelledAt) })}
            </Alert>
          )}
          <Alert color="orange">
            <Stack gap="xs">
              <Text size="sm">{t('jobSeeker.myData.erasure.warning', { count: graceDays })}</Text>
              <Text size="sm">{t('jobSeeker.myData.erasure.tip')}</Text>
            </Stack>
          </Alert>
          <Button
            color="red.9"
            variant="outline"
            onClick={() => setConfirming(true)}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('jobSeeker.myData.erasure.request')}
          </Button>
        </>
      )}
      <ErasureDialog
        candidateId={candidateId}
        graceDays={graceDays}
        opened={confirming}
        onClose={() => setConfirming(false)}
      />
    </SectionCard>
  );
}

function ErasureDialog({
  candidateId,
  graceDays,
  opened,
  onClose,
}: {
  candidateId: string;
  graceDays: number;
  opened: boolean;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [{ fetching, error }, request] = useMutation(RequestErasureMutation);

  const confirm = async () => {
    const result = await request({ candidateId, reason: reason.trim() || null });
    if (result.error) return;
    setReason('');
    setUnderstood(false);
    onClose();
  };

  return (
    // Inside the page's main landmark: a portal would add a second banner (the dialog's header) to the body.
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('jobSeeker.myData.erasure.confirmTitle')}
      withinPortal={false}
      closeButtonProps={{ 'aria-label': t('jobSeeker.myData.erasure.cancel') }}
    >
      <Stack>
        <Text size="sm">{t('jobSeeker.myData.erasure.warning', { count: graceDays })}</Text>
        {error && (
          <Alert color="red" role="alert">
            {actionMessage(error, i18n.language, t)}
          </Alert>
        )}
        <Textarea
          label={t('jobSeeker.myData.erasure.reason')}
          description={t('jobSeeker.myData.erasure.reasonHelp')}
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Checkbox
          label={t('jobSeeker.myData.erasure.understand')}
          checked={understood}
          onChange={(event) => setUnderstood(event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('jobSeeker.myData.erasure.cancel')}
          </Button>
          <Button color="red.9" disabled={!understood} loading={fetching} onClick={() => void confirm()}>
            {t('jobSeeker.myData.erasure.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
