import { Anchor, Box, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { SessionCreateForm } from './session-create-form';
import { TeamSessionsQuery } from './sessions.graphql';
import { TEAM_PATHS } from './team-paths';

// An empty list names no type, so urql would not know a new session belongs in it.
const CONTEXT = { additionalTypenames: ['MeetAndGreetSession'] };

/** The region's meet-and-greet sessions, each opening its own page, and a form to set up a new one. */
export function SessionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const context = useMemo(() => CONTEXT, []);
  const [{ data, error, fetching }] = useQuery({ query: TeamSessionsQuery, context });
  const sessions = data?.meetAndGreetSessions ?? [];
  const networkName = (networkId: string) =>
    data?.employerNetworks.find((n) => n.id === networkId)?.name ?? t('team.sessions.forUnnamedNetwork');
  return (
    <>
      <PageHeading title={t('team.sessions.title')} intro={t('team.sessions.intro')} />
      {fetching && !data && <QueryLoading />}
      {error && <QueryError error={error} />}
      {data && sessions.length === 0 && <Text>{t('team.sessions.empty')}</Text>}
      {sessions.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover>
            <Table.Caption>{t('team.sessions.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('team.sessions.session')}</Table.Th>
                <Table.Th scope="col">{t('team.sessions.date')}</Table.Th>
                <Table.Th scope="col">{t('team.sessions.venue')}</Table.Th>
                <Table.Th scope="col">{t('team.sessions.forWhom')}</Table.Th>
                <Table.Th scope="col">{t('team.sessions.status')}</Table.Th>
                <Table.Th scope="col">{t('team.sessions.plan')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={TEAM_PATHS.session(session.id)}>
                      {session.title}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    {t('team.sessions.when', {
                      date: format.date(session.date),
                      time: session.firstSlotStart,
                    })}
                  </Table.Td>
                  <Table.Td>{session.venue}</Table.Td>
                  <Table.Td>
                    {session.networkId ? networkName(session.networkId) : t('team.sessions.forRegion')}
                  </Table.Td>
                  <Table.Td>{t(`team.sessions.statuses.${session.status}`)}</Table.Td>
                  <Table.Td>{t(`team.sessions.planStatuses.${session.planStatus}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Box mt="xl">
        <SessionCreateForm networks={data?.employerNetworks} />
      </Box>
    </>
  );
}
