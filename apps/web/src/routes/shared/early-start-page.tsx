import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { CandidateStatus, CandidateTrack } from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { HR_PATHS } from '@web/routes/hr/hr-paths';
import { useSession } from '@web/session/viewer-context';
import { EarlyStartWorklistQuery } from './early-start.graphql';

/**
 * "Start op tijd": whose contract ends within six months with nothing started yet, soonest first, with what to do
 * first. HR leads see their own candidates (each links to the profile); the mobility team sees the region.
 */
export function EarlyStartPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const format = useFormat();
  const dutch = currentLanguage(i18n.language) === 'nl';
  const [{ data, error, fetching }] = useQuery({ query: EarlyStartWorklistQuery });
  const list = data?.earlyStartWorklist;
  return (
    <>
      <PageHeading title={t('earlyStart.title')} intro={t('earlyStart.intro')} />
      {fetching && !list && <QueryLoading />}
      {error && !list && <QueryError error={error} />}
      {list && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('earlyStart.until', { date: format.date(list.until) })}
        </Text>
      )}
      {list && list.entries.length === 0 && <Text>{t('earlyStart.empty')}</Text>}
      {list && list.entries.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Caption>{t('earlyStart.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('earlyStart.candidate')}</Table.Th>
                <Table.Th scope="col">{t('earlyStart.contractEnd')}</Table.Th>
                <Table.Th scope="col">{t('earlyStart.track')}</Table.Th>
                <Table.Th scope="col">{t('earlyStart.status')}</Table.Th>
                <Table.Th scope="col">{t('earlyStart.suggestions')}</Table.Th>
                <Table.Th scope="col">{t('earlyStart.nextStep')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.entries.map((entry) => (
                <Table.Tr key={entry.candidateId}>
                  <Table.Th scope="row">
                    {viewer.role === 'HR_LEAD' ? (
                      <Anchor component={Link} to={HR_PATHS.candidate(entry.candidateId)}>
                        {entry.publicCode}
                      </Anchor>
                    ) : (
                      entry.publicCode
                    )}
                  </Table.Th>
                  <Table.Td>
                    {format.date(entry.contractEndDate)}{' '}
                    <Text span size="sm" c="dimmed">
                      ({t('earlyStart.daysLeft', { count: entry.daysLeft })})
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`enums.candidateTrack.${entry.track as CandidateTrack}`)}</Table.Td>
                  <Table.Td>{t(`enums.candidateStatus.${entry.status as CandidateStatus}`)}</Table.Td>
                  <Table.Td>{format.number(entry.suggestions)}</Table.Td>
                  <Table.Td>{dutch ? entry.nextStepText.nl : entry.nextStepText.en}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
