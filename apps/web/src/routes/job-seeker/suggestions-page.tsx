import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { SuggestionCard } from './suggestion-card';
import { MySuggestionsQuery } from './suggestions.graphql';

const PAGE_SIZE = 20;

/** "Mijn suggesties": the job seeker's best vacancies, each with its explanation and a yes/no answer. */
export function SuggestionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, error, fetching }] = useQuery({
    query: MySuggestionsQuery,
    variables: { first: PAGE_SIZE },
  });
  const page = data?.mySuggestions;
  return (
    <>
      <PageHeading title={t('suggestions.title')} intro={t('suggestions.intro')} />
      {fetching && !page && <QueryLoading />}
      {error && !page && <QueryError error={error} />}
      {page && page.nodes.length === 0 && <Text>{t('suggestions.empty')}</Text>}
      {page && page.nodes.length > 0 && (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('suggestions.count', { count: page.totalCount })}
            {page.updatedAt && ` · ${t('suggestions.updatedAt', { date: format.dateTime(page.updatedAt) })}`}
          </Text>
          {page.nodes.map((match) => (
            <SuggestionCard key={match.vacancyId} match={match} />
          ))}
        </Stack>
      )}
    </>
  );
}
