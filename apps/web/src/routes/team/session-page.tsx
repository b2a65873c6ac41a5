import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { TeamSessionQuery as Session } from '@web/graphql/generated/graphql';
import { SessionParticipants } from './session-participants';
import { TeamSessionQuery } from './sessions.graphql';
import { TEAM_PATHS } from './team-paths';

/** One session, read-only: its set-up, the table plan (with the print page) and who is invited. */
export function SessionPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: TeamSessionQuery, variables: { sessionId } });
  const session = data?.meetAndGreetSession;
  return (
    <>
      <Anchor component={Link} to={TEAM_PATHS.sessions} size="sm">
        {t('team.sessions.back')}
      </Anchor>
      {fetching && !data && <QueryLoading />}
      {error && <QueryError error={error} />}
      {data && session && (
        <>
          <PageHeading title={session.title} intro={session.venue} />
          <Stack gap="xl">
            <SessionSetup session={session} />
            <TablePlan data={data} />
            <SessionParticipants
              sessionId={session.id}
              employers={data.sessionEmployers}
              candidates={data.sessionCandidates}
            />
          </Stack>
        </>
      )}
    </>
  );
}

function SessionSetup({ session }: { session: Session['meetAndGreetSession'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder component="section" aria-labelledby="session-setup">
      <Title order={2} id="session-setup" mb="sm">
        {t('team.sessions.overview')}
      </Title>
      <Group gap="xs" mb="xs">
        <Badge variant="light">{t(`team.sessions.statuses.${session.status}`)}</Badge>
        <Badge variant="outline">{t(`team.sessions.planStatuses.${session.planStatus}`)}</Badge>
      </Group>
      <Stack gap={4}>
        <Text>
          {t('team.sessions.when', { date: format.date(session.date), time: session.firstSlotStart })}
        </Text>
        <Text>
          {t('team.sessions.slots', {
            count: session.slotCount,
            minutes: session.slotMinutes,
            tables: session.tableCount,
          })}
        </Text>
        <Text>{t('team.sessions.deadline', { date: format.dateTime(session.registrationDeadline) })}</Text>
        <Text>
          {t('team.sessions.maxima', {
            min: session.minMeetingsPerCandidate,
            max: session.maxMeetingsPerCandidate,
            rep: session.maxMeetingsPerRepresentative,
          })}
        </Text>
        {session.planVersion > 0 && (
          <Text>{t('team.sessions.planVersion', { version: session.planVersion })}</Text>
        )}
        {session.planFigures && (
          <Text>
            {t('team.sessions.planFigures', {
              meetings: session.planFigures.meetings,
              below: session.planFigures.candidatesBelowFloor,
            })}
          </Text>
        )}
        {!session.planCurrent && session.planStatus === 'PLANNED' && (
          <Text c="orange.9">{t('team.sessions.planOutdated')}</Text>
        )}
      </Stack>
    </Card>
  );
}

/** Rounds down, tables across: how the venue will look, round by round. */
function TablePlan({ data }: { data: Session }) {
  const { t } = useTranslation();
  const format = useFormat();
  const plan = data.sessionTablePlan;
  const planned = plan.tables.some((row) => row.cells.some(Boolean));
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
      {!planned ? (
        <Text>{t('team.sessions.tablePlanEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={160 * (plan.tables.length + 1)}>
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
                    return (
                      <Table.Td key={row.table}>
                        {cell
                          ? t('team.sessions.meeting', {
                              employer: cell.employer,
                              representative: cell.representative,
                              candidate: cell.candidate,
                            })
                          : t('team.sessions.free')}
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
