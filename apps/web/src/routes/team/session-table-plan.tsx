import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import { actionMessage } from '@web/graphql/errors';
import type { MeetingOutcome, TeamSessionQuery as Session } from '@web/graphql/generated/graphql';
import { LockMeetingMutation } from './session-actions.graphql';
import { SessionMoveDialog } from './session-move-dialog';
import { SessionOutcomeDialog } from './session-outcome-dialog';
import { seatsOf, type Seat } from './session-plan-changes';

type Cell = NonNullable<Session['sessionTablePlan']['tables'][number]['cells'][number]>;

/**
 * Rounds down, tables across: how the venue will look, round by round. Before its round a meeting can be locked
 * in place or moved; once its round has begun (and the plan is published) the team records what came of it.
 */
export function SessionTablePlan({ data, onChanged }: { data: Session; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const plan = data.sessionTablePlan;
  const planned = plan.tables.some((row) => row.cells.some(Boolean));
  // The plan says which meetings are locked; a lock changed here shows at once, until the plan reloads (a re-plan
  // after a late arrival, for one, releases locks the team set).
  const [changed, setChanged] = useState<{ plan: typeof plan; locks: Record<string, boolean> }>({
    plan,
    locks: {},
  });
  const isLocked = (cell: Cell) =>
    (changed.plan === plan ? changed.locks[cell.meetingId] : undefined) ?? cell.locked;
  const [lock, requestLock] = useMutation(LockMeetingMutation);
  const session = data.meetAndGreetSession;
  const closed = session.status === 'CLOSED';
  const seats = seatsOf(data);
  const [moving, setMoving] = useState<Seat | null>(null);
  const [recording, setRecording] = useState<{ seat: Seat; outcome: MeetingOutcome | null } | null>(null);
  const now = Date.now();
  const begun = (startsAt: string) => new Date(startsAt).getTime() <= now;
  const toggle = async (cell: Cell) => {
    const result = await requestLock({ meetingId: cell.meetingId, locked: !isLocked(cell) });
    const meeting = result.data?.lockSessionMeeting;
    if (meeting)
      setChanged((current) => ({
        plan,
        locks: { ...(current.plan === plan ? current.locks : {}), [meeting.id]: meeting.locked },
      }));
  };
  return (
    <section aria-labelledby="table-plan">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="table-plan">
          {t('team.sessions.tablePlan')}
        </Title>
        <Anchor href={plan.printUrl} target="_blank" rel="noopener">
          {t('team.sessions.printTablePlan')}
        </Anchor>
      </Group>
      {lock.error && (
        <Alert color="red" role="alert" mb="sm">
          {actionMessage(lock.error, i18n.language, t)}
        </Alert>
      )}
      {!planned ? (
        <Text>{t('team.sessions.tablePlanEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={200 * (plan.tables.length + 1)}>
          <Table withColumnBorders>
            <Table.Caption>{t('team.sessions.tablePlanCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Td />
                {plan.tables.map((row) => (
                  <Table.Th key={row.table} scope="col">
                    {t('team.sessions.table', { number: row.table })}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {session.slots.map((slot, index) => (
                <Table.Tr key={slot.number}>
                  <Table.Th scope="row">
                    {t('team.sessions.slot', { number: slot.number, time: format.dateTime(slot.startsAt) })}
                  </Table.Th>
                  {plan.tables.map((row) => {
                    const cell = row.cells[index];
                    if (!cell) return <Table.Td key={row.table}>{t('team.sessions.free')}</Table.Td>;
                    const where = { slot: slot.number, table: row.table };
                    const cellLocked = isLocked(cell);
                    const seat = seats.get(cell.meetingId)!;
                    const started = begun(slot.startsAt);
                    const movable = !closed && !started && !cell.outcome && session.planStatus !== 'PLANNING';
                    return (
                      <Table.Td key={row.table}>
                        <Stack gap={4} align="flex-start">
                          <Text size="sm">
                            {t('team.sessions.meeting', {
                              employer: cell.employer,
                              representative: cell.representative,
                              candidate: cell.candidate,
                            })}
                          </Text>
                          {cellLocked && <Text size="xs">{t('team.sessionPlan.locked')}</Text>}
                          {cell.outcome && (
                            <Text size="xs">
                              {t('team.sessionOutcome.recorded', {
                                outcome: t(`team.sessionOutcome.outcomes.${cell.outcome}`),
                              })}
                            </Text>
                          )}
                          {!closed && !started && (
                            <Button
                              size="compact-xs"
                              variant="default"
                              aria-pressed={cellLocked}
                              aria-label={t('team.sessionPlan.lockLabel', where)}
                              onClick={() => void toggle(cell)}
                            >
                              {t('team.sessionPlan.lock')}
                            </Button>
                          )}
                          {movable && (
                            <Button
                              size="compact-xs"
                              variant="default"
                              aria-label={t('team.sessionMove.label', where)}
                              onClick={() => setMoving(seat)}
                            >
                              {t('team.sessionMove.button')}
                            </Button>
                          )}
                          {started && session.status !== 'OPEN' && (
                            <Button
                              size="compact-xs"
                              variant="light"
                              aria-label={t('team.sessionOutcome.label', where)}
                              onClick={() => setRecording({ seat, outcome: cell.outcome ?? null })}
                            >
                              {t('team.sessionOutcome.button')}
                            </Button>
                          )}
                        </Stack>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {moving && (
        <SessionMoveDialog
          session={session}
          seat={moving}
          onClose={() => setMoving(null)}
          onMoved={() => {
            setChanged((current) => ({ ...current, [moving.id]: true }));
            setMoving(null);
            onChanged();
          }}
        />
      )}
      {recording && (
        <SessionOutcomeDialog
          seat={recording.seat}
          current={recording.outcome}
          onClose={() => setRecording(null)}
          onRecorded={() => {
            setRecording(null);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
