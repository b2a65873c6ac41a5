import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { TeamSessionQuery as Session } from '@web/graphql/generated/graphql';
import { SessionInvite } from './session-invite';
import { SessionClose } from './session-close';
import { SessionParticipants } from './session-participants';
import { PlanChanges, usePlanChanges } from './session-plan-changes';
import { SessionPlanControls, usePlanPolling } from './session-plan-controls';
import { SessionTablePlan } from './session-table-plan';
import { TeamSessionQuery } from './sessions.graphql';
import { TEAM_PATHS } from './team-paths';

/**
 * One session: its set-up with planning and publishing, the table plan (with the print page), whom to invite and
 * who is invited.
 */
export function SessionPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: TeamSessionQuery,
    variables: { sessionId },
  });
  const session = data?.meetAndGreetSession;
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  usePlanPolling(session?.planStatus === 'PLANNING', refresh);
  const { changes, expectReplan, forgetReplan } = usePlanChanges(data);
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
            <SessionSetup
              session={session}
              networks={data.employerNetworks}
              onReplanExpected={expectReplan}
              onChanged={refresh}
            />
            {changes && <PlanChanges changes={changes} />}
            <SessionTablePlan data={data} onChanged={refresh} />
            {session.status !== 'CLOSED' && <SessionInvite sessionId={session.id} onInvited={refresh} />}
            <SessionParticipants
              sessionId={session.id}
              employers={data.sessionEmployers}
              candidates={data.sessionCandidates}
              slots={session.slots}
              open={session.status !== 'CLOSED'}
              published={session.status === 'PUBLISHED'}
              onChanged={refresh}
              onReplanExpected={expectReplan}
              onReplanCancelled={forgetReplan}
            />
          </Stack>
        </>
      )}
    </>
  );
}

interface SetupProps {
  session: Session['meetAndGreetSession'];
  /** The region's networks, where a network's session finds its name. */
  networks: Session['employerNetworks'];
  onReplanExpected(): void;
  onChanged(): void;
}

function SessionSetup({ session, networks, onReplanExpected, onChanged }: SetupProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const network = session.networkId && networks.find((n) => n.id === session.networkId);
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
        {session.networkId && (
          <Text>
            {network ? t('team.sessions.network', { name: network.name }) : t('team.sessions.networkUnnamed')}
          </Text>
        )}
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
        {session.planFigures?.kept != null && (
          <Text>
            {t('team.sessionPlan.changes', {
              kept: session.planFigures.kept,
              changed: session.planFigures.changed ?? 0,
              added: session.planFigures.added ?? 0,
            })}
          </Text>
        )}
        {!session.planCurrent && session.planStatus === 'PLANNED' && (
          <Text c="orange.9">{t('team.sessions.planOutdated')}</Text>
        )}
      </Stack>
      <SessionPlanControls session={session} onReplanExpected={onReplanExpected} />
      {session.status === 'PUBLISHED' && (
        <Group mt="md">
          <SessionClose sessionId={session.id} onClosed={onChanged} />
        </Group>
      )}
    </Card>
  );
}
