import { Alert, Anchor, Button, CopyButton, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionMessage } from '@web/graphql/errors';
import type { MySessionQuery } from '@web/graphql/generated/graphql';
import type { MySession } from './agenda-page';
import { MarkAgendaSeenMutation } from './agenda.graphql';
import { useSessionTime } from './use-session-time';

interface SessionPlanProps {
  session: MySession;
  candidateId: string;
  agenda: MySessionQuery['sessionAgenda'];
  onSeen(): void;
}

/** The person's conversations once the plan is published, what changed since they last looked, and take-aways. */
export function SessionPlan({ session, candidateId, agenda, onSeen }: SessionPlanProps) {
  const { t, i18n } = useTranslation();
  const clock = useSessionTime(session.timeZone);
  const [marking, markSeen] = useMutation(MarkAgendaSeenMutation);
  // Calendar apps need the whole address; the API gives the path on this host.
  const calendarUrl = agenda.calendarUrl && new URL(agenda.calendarUrl, window.location.origin).href;
  const printUrl = `/sessions/${encodeURIComponent(session.id)}/agenda.html?candidateId=${encodeURIComponent(candidateId)}`;
  const seen = async () => {
    const result = await markSeen({ sessionId: session.id, participant: { candidateId } });
    if (!result.error) onSeen();
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('jobSeeker.agenda.plan.title')}
      </Title>
      {!agenda.published && <Text size="sm">{t('jobSeeker.agenda.plan.notYet')}</Text>}
      {agenda.published && agenda.changedSinceSeen && (
        <Alert color="yellow" role="status">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('jobSeeker.agenda.plan.changed')}</Text>
            <Button
              size="xs"
              variant="white"
              c="dark.9"
              loading={marking.fetching}
              onClick={() => void seen()}
            >
              {t('jobSeeker.agenda.plan.seen')}
            </Button>
          </Stack>
        </Alert>
      )}
      {marking.error && (
        <Alert color="red" role="alert">
          {actionMessage(marking.error, i18n.language, t)}
        </Alert>
      )}
      {agenda.published && agenda.entries.length === 0 && (
        <Text size="sm">{t('jobSeeker.agenda.plan.empty')}</Text>
      )}
      {agenda.published && agenda.entries.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table striped aria-label={t('jobSeeker.agenda.plan.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('jobSeeker.agenda.plan.time')}</Table.Th>
                <Table.Th scope="col">{t('jobSeeker.agenda.plan.employer')}</Table.Th>
                <Table.Th scope="col">{t('jobSeeker.agenda.plan.table')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agenda.entries.map((entry) => (
                <Table.Tr key={entry.meetingId}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {clock.range(entry.startsAt, entry.endsAt)}
                  </Table.Td>
                  <Table.Td>
                    {entry.counterpart}
                    {entry.vacancyTitle && (
                      <Text size="sm" c="dimmed">
                        {t('jobSeeker.agenda.plan.vacancy')}: {entry.vacancyTitle}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t('jobSeeker.agenda.plan.tableNumber', { number: entry.table })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {calendarUrl && (
        <Stack gap={4}>
          <Text size="sm">{t('jobSeeker.agenda.calendar.explain')}</Text>
          <Group gap="sm">
            <Anchor href={calendarUrl} underline="always">
              {t('jobSeeker.agenda.calendar.add')}
            </Anchor>
            <CopyButton value={calendarUrl}>
              {({ copied, copy }) => (
                <Button size="xs" variant="outline" onClick={copy} aria-live="polite">
                  {copied ? t('jobSeeker.agenda.calendar.copied') : t('jobSeeker.agenda.calendar.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      )}
      {agenda.published && (
        <Anchor href={printUrl} target="_blank" rel="noopener" underline="always">
          {t('jobSeeker.agenda.plan.print')}
        </Anchor>
      )}
    </Stack>
  );
}
