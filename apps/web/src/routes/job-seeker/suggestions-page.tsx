import { Stack, Text } from '@mantine/core';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { SuggestionCard } from './suggestion-card';
import type { MySuggestionsQuery } from '@web/graphql/generated/graphql';
import { MY_SUGGESTIONS_FIRST_PAGE, MySuggestionsQuery as SuggestionsQuery } from './suggestions.graphql';

type Suggestion = MySuggestionsQuery['mySuggestions']['nodes'][number];

/** What fills a phone's screen and a bit more. */
const RENDERED_FIRST = 3;

/**
 * The first suggestions render at once and the rest just after, in the background (a deferred value): on a phone
 * the first answer button then works about as soon as the page shows, instead of after twenty cards are built.
 */
function Suggestions({ nodes }: { nodes: Suggestion[] }) {
  const shown = useDeferredValue(nodes, nodes.slice(0, RENDERED_FIRST));
  return shown.map((match) => <SuggestionCard key={match.vacancyId} match={match} />);
}

/** "Mijn suggesties": the job seeker's best vacancies, each with its explanation and a yes/no answer. */
export function SuggestionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, error, fetching }] = useQuery({
    query: SuggestionsQuery,
    variables: MY_SUGGESTIONS_FIRST_PAGE,
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
          <Suggestions nodes={page.nodes} />
        </Stack>
      )}
    </>
  );
}
