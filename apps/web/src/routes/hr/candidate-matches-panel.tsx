import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MatchExplanation } from '@web/components/match-explanation';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { CandidateMatchesQuery } from './candidate-records.graphql';
import { MatchStateBadge } from './match-state-badge';

/** The vacancies suggested for an own candidate, best first, each with why and where it stands. */
export function CandidateMatchesPanel({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, error, fetching }] = useQuery({
    query: CandidateMatchesQuery,
    variables: { candidateId, first: 20 },
  });
  const matches = data?.candidateMatches;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('hr.candidate.matchesTitle')}
      </Title>
      {fetching && !matches && <QueryLoading />}
      {error && !matches && <QueryError error={error} />}
      {matches && matches.nodes.length === 0 && <Text>{t('hr.candidate.noMatches')}</Text>}
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
            {match.explanation && <MatchExplanation explanation={match.explanation} />}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
