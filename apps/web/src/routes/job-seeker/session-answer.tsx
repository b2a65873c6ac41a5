import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import { actionMessage, refusedFields } from '@web/graphql/errors';
import type { ParticipationStatus } from '@web/graphql/generated/graphql';
import type { MySession } from './agenda-page';
import { CancelSessionParticipationMutation, RespondToSessionMutation } from './agenda.graphql';
import { useSessionTime } from './use-session-time';

interface SessionAnswerProps {
  session: MySession;
  participant: { candidateId: string };
  status: ParticipationStatus;
  blockedSlots: number[];
  onAnswered(): void;
}

/**
 * Coming or not, and the slots the person cannot make, until the registration deadline; after it, an accepted
 * person can still say they cannot come after all (the team re-plans).
 */
export function SessionAnswer({
  session,
  participant,
  status,
  blockedSlots,
  onAnswered,
}: SessionAnswerProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const clock = useSessionTime(session.timeZone);
  const [attending, setAttending] = useState<string | null>(
    status === 'ACCEPTED' ? 'yes' : status === 'DECLINED' ? 'no' : null,
  );
  const [blocked, setBlocked] = useState<string[]>(blockedSlots.map(String));
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [responding, respond] = useMutation(RespondToSessionMutation);
  const [cancelling, cancel] = useMutation(CancelSessionParticipationMutation);
  const open = new Date(session.registrationDeadline).getTime() > Date.now();
  const deadline = format.dateTime(session.registrationDeadline);

  const send = async () => {
    setSaved(false);
    const result = await respond({
      sessionId: session.id,
      participant,
      answer: {
        attending: attending === 'yes',
        blockedSlots: attending === 'yes' ? blocked.map(Number) : [],
      },
    });
    if (!result.error) {
      setSaved(true);
      onAnswered();
    }
  };
  const cancelParticipation = async () => {
    const result = await cancel({ sessionId: session.id, participant });
    if (!result.error) {
      setConfirming(false);
      onAnswered();
    }
  };

  if (!open)
    return (
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('jobSeeker.agenda.answer.closed', { date: deadline })}</Text>
        {status === 'ACCEPTED' && (
          <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
            {t('jobSeeker.agenda.answer.cancel')}
          </Button>
        )}
        {/* Inside the page's main landmark: a portal would add a second banner (the dialog's header) to the body. */}
        <Modal
          opened={confirming}
          onClose={() => setConfirming(false)}
          title={t('jobSeeker.agenda.answer.cancelTitle')}
          withinPortal={false}
          closeButtonProps={{ 'aria-label': t('jobSeeker.agenda.answer.keep') }}
        >
          <Stack>
            <Text size="sm">{t('jobSeeker.agenda.answer.cancelText')}</Text>
            {cancelling.error && (
              <Alert color="red" role="alert">
                {actionMessage(cancelling.error, i18n.language, t)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('jobSeeker.agenda.answer.keep')}
              </Button>
              <Button color="red.9" loading={cancelling.fetching} onClick={() => void cancelParticipation()}>
                {t('jobSeeker.agenda.answer.cancelConfirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Stack>
    );

  const slotsRefused = refusedFields(responding.error).includes('blockedSlots');
  const problem = responding.error && actionMessage(responding.error, i18n.language, t);
  return (
    <Stack
      gap="sm"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Title order={3} size="h5">
        {t('jobSeeker.agenda.answer.title')}
      </Title>
      <Text size="sm">{t('jobSeeker.agenda.answer.deadline', { date: deadline })}</Text>
      <Radio.Group
        label={t('jobSeeker.agenda.answer.attending')}
        value={attending}
        onChange={(value) => {
          setAttending(value);
          setSaved(false);
        }}
        required
      >
        <Stack gap="xs" mt="xs">
          <Radio value="yes" label={t('jobSeeker.agenda.answer.yes')} />
          <Radio value="no" label={t('jobSeeker.agenda.answer.no')} />
        </Stack>
      </Radio.Group>
      {attending === 'yes' && (
        <Checkbox.Group
          label={t('jobSeeker.agenda.answer.blocked')}
          description={t('jobSeeker.agenda.answer.blockedHelp')}
          value={blocked}
          onChange={(value) => {
            setBlocked(value);
            setSaved(false);
          }}
          error={slotsRefused ? problem : undefined}
        >
          <Stack gap="xs" mt="xs">
            {session.slots.map((slot) => (
              <Checkbox
                key={slot.number}
                value={String(slot.number)}
                label={t('jobSeeker.agenda.answer.slot', {
                  from: clock.time(slot.startsAt),
                  to: clock.time(slot.endsAt),
                })}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      {problem && !slotsRefused && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {saved && <Text role="status">{t('jobSeeker.agenda.answer.saved')}</Text>}
      <Group>
        <Button type="submit" disabled={attending === null} loading={responding.fetching}>
          {t('jobSeeker.agenda.answer.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
