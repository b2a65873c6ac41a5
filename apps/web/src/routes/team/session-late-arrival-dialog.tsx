import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import { actionMessage } from '@web/graphql/errors';
import type { ParticipantInput, TeamSessionQuery as Session } from '@web/graphql/generated/graphql';
import { MarkLateArrivalMutation } from './session-actions.graphql';

export interface LateComer {
  participant: ParticipantInput;
  name: string;
  /** The rounds (1-based) they already said they cannot make. */
  blockedSlots: number[];
}

type Slots = Session['meetAndGreetSession']['slots'];

/**
 * The rounds someone can still be registered to arrive for, as the server allows them: not the first (that is
 * not late), not one that has begun, and one after which at least one round is left that they can make.
 */
export function arrivalRounds(slots: Slots, blockedSlots: number[], now = Date.now()): Slots {
  return slots.filter(
    (s) =>
      s.number > 1 &&
      new Date(s.startsAt).getTime() > now &&
      slots.some((later) => later.number >= s.number && !blockedSlots.includes(later.number)),
  );
}

interface Props {
  sessionId: string;
  slots: Slots;
  lateComer: LateComer;
  onClose(): void;
  /** Just before the request: the plan as it is now is kept, to show what the re-plan changes. */
  onReplanExpected(): void;
  onReplanCancelled(): void;
  onRegistered(): void;
}

/**
 * On the day: a participant who is coming arrives only for a later round. Their meetings before it that have not
 * begun are released and the rest of the day is planned again; a refusal shows at the round or in an alert.
 */
export function SessionLateArrivalDialog(props: Props) {
  const { sessionId, lateComer, onClose } = props;
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [round, setRound] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [result, markLate] = useMutation(MarkLateArrivalMutation);
  const rounds = arrivalRounds(props.slots, lateComer.blockedSlots).map((s) => ({
    value: String(s.number),
    label: t('team.sessions.slot', { number: s.number, time: format.dateTime(s.startsAt) }),
  }));
  const refusal = result.error && actionMessage(result.error, i18n.language, t);
  const atField = result.error?.graphQLErrors[0]?.extensions.field === 'arrivesForSlot';
  const submit = async () => {
    if (!round) return setMissing(true);
    props.onReplanExpected();
    const registered = await markLate({
      sessionId,
      participant: lateComer.participant,
      arrivesForSlot: Number(round),
    });
    if (registered.error) return props.onReplanCancelled();
    props.onRegistered();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('team.sessionLateArrival.title', { name: lateComer.name })}
      withinPortal={false}
      closeButtonProps={{ 'aria-label': t('team.sessionMove.close') }}
    >
      <Stack>
        <Text size="sm">{t('team.sessionLateArrival.body')}</Text>
        <Select
          label={t('team.sessionLateArrival.round')}
          placeholder={t('team.sessionLateArrival.placeholder')}
          data={rounds}
          value={round}
          onChange={(value) => {
            setRound(value);
            setMissing(false);
          }}
          allowDeselect={false}
          required
          comboboxProps={{ withinPortal: false }}
          error={missing ? t('team.sessionLateArrival.required') : atField ? refusal : undefined}
          data-autofocus
        />
        {refusal && !atField && (
          <Alert color="red" role="alert">
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('team.sessionMove.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={result.fetching}>
            {t('team.sessionLateArrival.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
