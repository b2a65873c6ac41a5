import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import { actionMessage } from '@web/graphql/errors';
import type { TeamSessionQuery as Session } from '@web/graphql/generated/graphql';
import { LockMeetingMutation } from './session-actions.graphql';

type Cell = NonNullable<Session['sessionTablePlan']['tables'][number]['cells'][number]>;

/** Rounds down, tables across: how the venue will look, round by round; each meeting can be locked in place. */
export function SessionTablePlan({ data }: { data: Session }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const plan = data.sessionTablePlan;
  const planned = plan.tables.some((row) => row.cells.some(Boolean));
  // The plan says which meetings are locked; a lock changed here shows at once, before the plan reloads.
  const [changed, setChanged] = useState<Record<string, boolean>>({});
  const isLocked = (cell: Cell) => changed[cell.meetingId] ?? cell.locked;
  const [lock, requestLock] = useMutation(LockMeetingMutation);
  const closed = data.meetAndGreetSession.status === 'CLOSED';
  const toggle = async (cell: Cell) => {
    const result = await requestLock({ meetingId: cell.meetingId, locked: !isLocked(cell) });
    const meeting = result.data?.lockSessionMeeting;
    if (meeting) setChanged((current) => ({ ...current, [meeting.id]: meeting.locked }));
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
              {data.meetAndGreetSession.slots.map((slot, index) => (
                <Table.Tr key={slot.number}>
                  <Table.Th scope="row">
                    {t('team.sessions.slot', { number: slot.number, time: format.dateTime(slot.startsAt) })}
                  </Table.Th>
                  {plan.tables.map((row) => {
                    const cell = row.cells[index];
                    if (!cell) return <Table.Td key={row.table}>{t('team.sessions.free')}</Table.Td>;
                    const where = { slot: slot.number, table: row.table };
                    const cellLocked = isLocked(cell);
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
                          {!closed && (
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
    </section>
  );
}
