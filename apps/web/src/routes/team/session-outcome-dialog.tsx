import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionMessage } from '@web/graphql/errors';
import type { MeetingOutcome } from '@web/graphql/generated/graphql';
import { RecordOutcomeMutation } from './session-actions.graphql';
import type { Seat } from './session-plan-changes';

const OUTCOMES: MeetingOutcome[] = [
  'FOLLOW_UP_TALK',
  'APPLICATION',
  'TRIAL_PLACEMENT',
  'SECONDMENT',
  'WORK_EXPERIENCE',
  'NO_FIT',
  'DID_NOT_TAKE_PLACE',
];

interface Props {
  seat: Seat;
  current: MeetingOutcome | null;
  onClose(): void;
  onRecorded(): void;
}

/**
 * What came of a meeting, as the team records it: what the employer said, or that the meeting did not take
 * place. The candidate's own answer is theirs to give; the note is checked for names by the privacy guard.
 */
export function SessionOutcomeDialog({ seat, current, onClose, onRecorded }: Props) {
  const { t, i18n } = useTranslation();
  const [outcome, setOutcome] = useState<MeetingOutcome | null>(current);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [result, record] = useMutation(RecordOutcomeMutation);
  const confirmable = result.error?.graphQLErrors[0]?.extensions.confirmable === true;
  const send = async (confirmPossibleNames = false) => {
    if (!outcome) return setMissing(true);
    const recorded = await record({
      input: { meetingId: seat.id, outcome, note: note.trim() || null, confirmPossibleNames },
    });
    if (!recorded.error) onRecorded();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('team.sessionOutcome.title')}
      withinPortal={false}
      closeButtonProps={{ 'aria-label': t('team.sessionMove.close') }}
    >
      <Stack>
        <Text size="sm">
          {t('team.sessions.meeting', {
            employer: seat.employer,
            representative: seat.representative,
            candidate: seat.candidate,
          })}
        </Text>
        <Text size="sm">{t('team.sessionOutcome.intro')}</Text>
        <Select
          label={t('team.sessionOutcome.outcome')}
          data={OUTCOMES.map((value) => ({ value, label: t(`team.sessionOutcome.outcomes.${value}`) }))}
          value={outcome}
          onChange={(value) => {
            setOutcome(value);
            setMissing(false);
          }}
          required
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          error={missing ? t('team.sessionOutcome.required') : undefined}
          data-autofocus
        />
        <Textarea
          label={t('team.sessionOutcome.note')}
          description={t('team.sessionOutcome.noteHelp')}
          autosize
          minRows={2}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {result.error && (
          <Alert color="red" role="alert">
            <Stack gap="xs">
              <Text size="sm">{actionMessage(result.error, i18n.language, t)}</Text>
              {confirmable && (
                <Group>
                  <Button size="xs" variant="outline" color="red" onClick={() => void send(true)}>
                    {t('team.sessionOutcome.confirmNoName')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('team.sessionMove.cancel')}
          </Button>
          <Button onClick={() => void send()} loading={result.fetching}>
            {t('team.sessionOutcome.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
