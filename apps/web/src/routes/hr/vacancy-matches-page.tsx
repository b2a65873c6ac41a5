import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { MatchExplanation } from '@web/components/match-explanation';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { errorCode } from '@web/graphql/errors';
import { PATHS } from '@web/navigation';
import { NotFoundPage } from '@web/routes/home/not-found-page';
import { EmployerAnswer } from './employer-answer';
import { VacancyMatchesQuery } from './vacancies.graphql';

/** A vacancy's best candidates, ranked, each with the explanation; others' candidates by public code only. */
export function VacancyMatchesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const vacancyId = useParams().vacancyId ?? '';
  const [{ data, error, fetching }] = useQuery({
    query: VacancyMatchesQuery,
    variables: { vacancyId, first: 50 },
  });
  if (['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN'].includes(errorCode(error) ?? '')) return <NotFoundPage />;
  const matches = data?.vacancyMatches;
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
      {fetching && !data && <QueryLoading />}
      {error && !data && <QueryError error={error} />}
      {matches && matches.nodes.length === 0 && <Text>{t('vacancyMatches.empty')}</Text>}
      <Stack gap="md">
        {matches?.nodes.map((match) => (
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
              {match.explanation && <MatchExplanation explanation={match.explanation} />}
              <EmployerAnswer
                candidateId={match.candidateId}
                vacancyId={match.vacancyId}
                interest={match.case?.employerInterest}
                state={match.case?.state}
                candidateLabel={t('vacancyMatches.candidate', { code: match.candidate.publicCode })}
              />
            </Stack>
          </Card>
        ))}
      </Stack>
    </>
  );
}
