import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { currentLanguage } from '@web/i18n/i18n';
import { PartTimeCombinationsQuery } from './match-outcome.graphql';

/** For an own candidate who wants more hours than single vacancies give: part-time jobs that add up. */
export function PartTimeCombinations({ candidateId }: { candidateId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const english = currentLanguage(i18n.language) === 'en';
  const [{ data, error, fetching }] = useQuery({
    query: PartTimeCombinationsQuery,
    variables: { candidateId },
  });
  const combinations = data?.partTimeCombinations;
  return (
    <Stack gap="sm" component="section" aria-labelledby="part-time">
      <Title order={2} size="h3" id="part-time">
        {t('hr.partTime.title')}
      </Title>
      <Text c="dimmed">{t('hr.partTime.intro')}</Text>
      {fetching && !combinations && <QueryLoading />}
      {error && !combinations && <QueryError error={error} />}
      {combinations && combinations.length === 0 && <Text>{t('hr.partTime.empty')}</Text>}
      {combinations?.map((c, index) => (
        <Card key={c.parts.map((p) => p.vacancy.id).join('+')} withBorder component="article">
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap">
              <Title order={3} size="h4">
                {t('hr.partTime.combination', {
                  index: index + 1,
                  min: c.offeredHoursMin,
                  max: c.offeredHoursMax,
                })}
              </Title>
              <Badge variant="light">{t('hr.partTime.score', { score: format.number(c.score) })}</Badge>
            </Group>
            <Text size="sm">{english ? c.explanation.en : c.explanation.nl}</Text>
            <List size="sm">
              {c.parts.map((p) => (
                <List.Item key={p.vacancy.id}>
                  {p.vacancy.employer
                    ? t('hr.partTime.part', {
                        title: p.vacancy.title,
                        employer: p.vacancy.employer.name,
                        min: p.vacancy.hoursMin,
                        max: p.vacancy.hoursMax,
                        score: format.number(p.score),
                      })
                    : t('hr.partTime.partNoEmployer', {
                        title: p.vacancy.title,
                        min: p.vacancy.hoursMin,
                        max: p.vacancy.hoursMax,
                        score: format.number(p.score),
                      })}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
