import { Badge, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@web/format/use-format';
import type { PlanVersionPartsFragment } from '@web/graphql/generated/graphql';
import { usePlanText } from './use-plan-text';

/** Every path's qualitative offer and the money it pays, as the plan describes them. */
export function PathCards({ version }: { version: PlanVersionPartsFragment }) {
  const { t } = useTranslation();
  const { text, pick } = usePlanText();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {version.paths.map((path) => (
        <Card key={path.id} withBorder component="article" aria-labelledby={`path-${path.id}`}>
          <Stack gap="xs">
            <Badge variant="outline" color="gray.8">
              {text.kinds[path.kind]}
            </Badge>
            <Title order={2} size="h4" id={`path-${path.id}`}>
              {pick(path.name)}
            </Title>
            <Text>{pick(path.description)}</Text>
            <List size="sm" spacing={2}>
              <List.Item>
                {t('mobilityPlan.paths.training')}: {format.money(path.trainingBudgetEur)}
              </List.Item>
              <List.Item>
                {t('mobilityPlan.paths.mediation')}:{' '}
                {t('mobilityPlan.paths.hours', { count: path.mediationHours })}
              </List.Item>
              <List.Item>
                {t('mobilityPlan.paths.coaching')}:{' '}
                {t('mobilityPlan.paths.hours', { count: path.coachingHours })}
              </List.Item>
              <List.Item>
                {t('mobilityPlan.paths.duration')}:{' '}
                {t('mobilityPlan.paths.months', { count: path.durationMonths })}
              </List.Item>
            </List>
            <Text size="sm">
              <strong>{t('mobilityPlan.paths.conditions')}:</strong> {pick(path.conditions)}
            </Text>
            <Text size="sm">
              {t(path.keepsUnemploymentBenefit ? 'mobilityPlan.paths.keepsWw' : 'mobilityPlan.paths.noWw')}
            </Text>
            <Text size="sm" fw={600}>
              {t('mobilityPlan.paths.amounts')}
            </Text>
            {path.elements.length === 0 ? (
              <Text size="sm">{t('mobilityPlan.paths.noAmounts')}</Text>
            ) : (
              <List size="sm" spacing={2}>
                {path.elements.map((element, i) => (
                  <List.Item key={i}>
                    {text.elementKinds[element.kind]}: {pick(element.description)}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
