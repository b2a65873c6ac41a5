import {
  Anchor,
  Badge,
  Card,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { MatchExplanation } from '@web/components/match-explanation';
import { NetworkSelect, useNetworkChoices } from '@web/components/network-select';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { errorCode } from '@web/graphql/errors';
import type { MatchCaseState } from '@web/graphql/generated/graphql';
import { enumOptions, useSharedText } from '@web/i18n/use-shared-text';
import { PATHS } from '@web/navigation';
import { NotFoundPage } from '@web/routes/home/not-found-page';
import { EmployerAnswer } from './employer-answer';
import { MatchOutcome } from './match-outcome';
import { VacancyMatchesQuery } from './vacancies.graphql';
import { VacancyDiagnostics } from './vacancy-diagnostics';

/**
 * A vacancy's best candidates, ranked, each with the explanation; others' candidates by public code only. In one of
 * the employer's networks: only its members' candidates.
 */
export function VacancyMatchesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const shared = useSharedText();
  const [stateFilter, setStateFilter] = useState<MatchCaseState | ''>('');
  const [minScore, setMinScore] = useState<number | string>('');
  const [networkId, setNetworkId] = useState('');
  const networks = useNetworkChoices();
  const vacancyId = useParams().vacancyId ?? '';
  const [{ data, error, fetching }] = useQuery({
    query: VacancyMatchesQuery,
    variables: { vacancyId, first: 50, networkId: networkId || null },
  });
  if (['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN'].includes(errorCode(error) ?? '')) return <NotFoundPage />;
  const matches = data?.vacancyMatches;
  const shown = matches?.nodes.filter(
    (m) =>
      (!stateFilter || (m.case?.state ?? 'SUGGESTED') === stateFilter) &&
      (typeof minScore !== 'number' || m.score >= minScore),
  );
  return (
    <>
      <Anchor component={Link} to={PATHS.vacancies} size="sm">
        {t('vacancyMatches.back')}
      </Anchor>
      {data && (
        <PageHeading
          title={t('vacancyMatches.title', { title: data.vacancy.title })}
          intro={t('vacancyMatches.intro')}
        />
      )}
      {data && (
        <NetworkSelect
          networks={networks}
          value={networkId}
          onChange={setNetworkId}
          label={t('hr.filters.network')}
          description={t('hr.filters.networkCandidatesHelp')}
          noNetworkLabel={t('hr.filters.allCandidates')}
          mb="md"
        />
      )}
      {fetching && !data && <QueryLoading />}
      {error && !data && <QueryError error={error} />}
      {matches && matches.nodes.length === 0 && (
        <Text>{t(networkId ? 'hr.filters.noCandidatesInNetwork' : 'vacancyMatches.empty')}</Text>
      )}
      {data && <VacancyDiagnostics vacancyId={vacancyId} networkId={networkId || null} />}
      {matches && matches.nodes.length > 0 && (
        <Fieldset legend={t('hr.filters.legend')} variant="unstyled" mb="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('hr.filters.state')}
              value={stateFilter}
              onChange={(event) => setStateFilter(event.currentTarget.value as MatchCaseState | '')}
              data={[{ value: '', label: t('hr.filters.all') }, ...enumOptions(shared.enums.matchCaseState)]}
            />
            <NumberInput
              label={t('hr.filters.minScore')}
              min={0}
              max={100}
              value={minScore}
              onChange={setMinScore}
            />
            <Text size="sm" mt={{ sm: 'xl' }} role="status">
              {t('hr.filters.showing', { shown: shown?.length ?? 0, total: matches.nodes.length })}
            </Text>
          </SimpleGrid>
        </Fieldset>
      )}
      {matches && matches.nodes.length > 0 && shown?.length === 0 && <Text>{t('hr.filters.noneMatch')}</Text>}
      <Stack gap="md">
        {shown?.map((match) => (
          <Card
            key={match.candidateId}
            withBorder
            component="article"
            aria-labelledby={`c-${match.candidateId}`}
          >
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap">
                <Title order={2} size="h4" id={`c-${match.candidateId}`}>
                  {t('vacancyMatches.candidate', { code: match.candidate.publicCode })}
                </Title>
                <Badge size="lg" variant="light">
                  {t('suggestions.score', { score: format.number(match.score) })}
                </Badge>
              </Group>
              <Text size="sm">
                {t('suggestions.hours', { min: match.candidate.hoursMin, max: match.candidate.hoursMax })}
              </Text>
              <MatchExplanation candidateId={match.candidateId} vacancyId={match.vacancyId} />
              <EmployerAnswer
                candidateId={match.candidateId}
                vacancyId={match.vacancyId}
                interest={match.case?.employerInterest}
                state={match.case?.state}
                candidateLabel={t('vacancyMatches.candidate', { code: match.candidate.publicCode })}
              />
              {match.case && (
                <MatchOutcome
                  matchCaseId={match.case.id}
                  state={match.case.state}
                  outcome={match.case.outcome}
                  candidateLabel={t('vacancyMatches.candidate', { code: match.candidate.publicCode })}
                />
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
    </>
  );
}
