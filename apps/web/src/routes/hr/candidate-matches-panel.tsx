import { Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MatchExplanation } from '@web/components/match-explanation';
import { NetworkSelect, useNetworkChoices } from '@web/components/network-select';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { CandidateMatchesQuery } from './candidate-records.graphql';
import { HR_PATHS } from './hr-paths';
import { IntroductionConsentOnBehalf } from './introduction-consent-on-behalf';
import { MatchStateBadge } from './match-state-badge';
import { PartTimeCombinations } from './part-time-combinations';

/** Vacancy kinds a placement can follow from (placements.service PLACEMENT_KINDS). */
const PLACEMENT_KINDS = new Set(['SECONDMENT', 'TRIAL_PLACEMENT', 'WORK_EXPERIENCE', 'PROJECT_HIRE']);

/**
 * The vacancies suggested for an own candidate, best first, each with why and where it stands; in one of the
 * employer's networks, only its members' vacancies.
 */
export function CandidateMatchesPanel({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [networkId, setNetworkId] = useState('');
  const networks = useNetworkChoices();
  const [{ data, error, fetching }, reread] = useQuery({
    query: CandidateMatchesQuery,
    variables: { candidateId, first: 20, networkId: networkId || null },
  });
  const matches = data?.candidateMatches;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('hr.candidate.matchesTitle')}
      </Title>
      <NetworkSelect
        networks={networks}
        value={networkId}
        onChange={setNetworkId}
        label={t('hr.filters.network')}
        description={t('hr.filters.networkVacanciesHelp')}
        noNetworkLabel={t('hr.filters.allVacancies')}
      />
      {fetching && !matches && <QueryLoading />}
      {error && !matches && <QueryError error={error} />}
      {matches && matches.nodes.length === 0 && (
        <Text>{t(networkId ? 'hr.filters.noVacanciesInNetwork' : 'hr.candidate.noMatches')}</Text>
      )}
      {matches?.nodes.map((match) => (
        <Card key={match.vacancyId} withBorder component="article" aria-labelledby={`v-${match.vacancyId}`}>
          <Stack gap="sm">
            <Group justify="space-between" wrap="nowrap">
              <Title order={3} size="h4" id={`v-${match.vacancyId}`}>
                {match.vacancy.title}
              </Title>
              <Badge size="lg" variant="light">
                {t('suggestions.score', { score: format.number(match.score) })}
              </Badge>
            </Group>
            <Group gap="sm">
              {match.vacancy.employer && (
                <Text size="sm">{t('suggestions.employer', { name: match.vacancy.employer.name })}</Text>
              )}
              <Text size="sm">
                {t('suggestions.hours', { min: match.vacancy.hoursMin, max: match.vacancy.hoursMax })}
              </Text>
              <MatchStateBadge state={match.case?.state} />
            </Group>
            <MatchExplanation candidateId={match.candidateId} vacancyId={match.vacancyId} />
            {match.case?.state === 'CONSENT_REQUESTED' && (
              <IntroductionConsentOnBehalf
                candidateId={candidateId}
                matchCaseId={match.case.id}
                vacancyTitle={match.vacancy.title}
                onRecorded={() => reread({ requestPolicy: 'network-only' })}
              />
            )}
            {match.case?.state === 'INTRODUCED' && PLACEMENT_KINDS.has(match.vacancy.kind) && (
              <Group>
                <Button
                  component={Link}
                  to={HR_PATHS.proposePlacement(candidateId, match.case.id)}
                  aria-label={t('hr.proposeFromMatch.title', { title: match.vacancy.title })}
                >
                  {t('hr.proposeFromMatch.button')}
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      ))}
      <Divider my="md" />
      <PartTimeCombinations candidateId={candidateId} />
    </Stack>
  );
}
