import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import { actionMessage } from '@web/graphql/errors';
import type { TeamSessionQuery as Session } from '@web/graphql/generated/graphql';
import { MoveMeetingMutation } from './session-actions.graphql';
import type { Seat } from './session-plan-changes';

interface Props {
  session: Session['meetAndGreetSession'];
  seat: Seat;
  onClose(): void;
  onMoved(): void;
}

/**
 * Moves one meeting to another round and table. Only rounds that have not begun are offered; the server checks
 * the rest (both people and the table free, no blocked round) and its refusal shows at the field it is about.
 */
export function SessionMoveDialog({ session, seat, onClose, onMoved }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [slot, setSlot] = useState(String(seat.slot));
  const [table, setTable] = useState(String(seat.table));
  const [result, move] = useMutation(MoveMeetingMutation);
  const now = Date.now();
  const slots = session.slots
    .filter((s) => new Date(s.startsAt).getTime() > now)
    .map((s) => ({
      value: String(s.number),
      label: t('team.sessions.slot', { number: s.number, time: format.dateTime(s.startsAt) }),
    }));
  const tables = Array.from({ length: session.tableCount }, (_, i) => ({
    value: String(i + 1),
    label: t('team.sessions.table', { number: i + 1 }),
  }));
  const refusal = result.error && actionMessage(result.error, i18n.language, t);
  const field = result.error?.graphQLErrors[0]?.extensions.field;
  const submit = async () => {
    const moved = await move({ input: { meetingId: seat.id, slot: Number(slot), table: Number(table) } });
    if (!moved.error) onMoved();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('team.sessionMove.title')}
      withinPortal={false}
      closeButtonProps={{ 'aria-label': t('team.sessionMove.close') }}
    >
      <Stack>
        <Text size="sm">
          {t('team.sessionMove.intro', {
            meeting: t('team.sessions.meeting', {
              employer: seat.employer,
              representative: seat.representative,
              candidate: seat.candidate,
            }),
            slot: seat.slot,
            table: seat.table,
          })}
        </Text>
        <Select
          label={t('team.sessionMove.slot')}
          data={slots}
          value={slot}
          onChange={(value) => value && setSlot(value)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          error={field === 'slot' ? refusal : undefined}
          data-autofocus
        />
        <Select
          label={t('team.sessionMove.table')}
          data={tables}
          value={table}
          onChange={(value) => value && setTable(value)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          error={field === 'table' ? refusal : undefined}
        />
        <Text size="sm">{t('team.sessionMove.locks')}</Text>
        {refusal && field !== 'slot' && field !== 'table' && (
          <Alert color="red" role="alert">
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('team.sessionMove.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={result.fetching}>
            {t('team.sessionMove.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
