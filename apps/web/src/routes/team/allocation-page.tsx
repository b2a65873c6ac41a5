import { Alert, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { actionMessage, errorCode } from '@web/graphql/errors';
import { AllocationEmployers, AllocationFigures } from './allocation-figures';
import { AllocationIntroductions } from './allocation-introductions';
import { TeamAllocationPlanQuery } from './allocation.graphql';

const LIMIT = { min: 1, max: 5 };
const SCORE = { min: 0, max: 100 };

const clamp = (value: number | string, { min, max }: { min: number; max: number }, fallback: number) => {
  const n = typeof value === 'number' ? value : Number.parseFloat(value);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
};

/** Who to introduce to whom this round, region-wide, with the figures that show how fair the split is. */
export function AllocationPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [perCandidate, setPerCandidate] = useState<number | string>(1);
  const [minScore, setMinScore] = useState<number | string>(0);
  // Typing "60" should ask once, not for "6" and then "60".
  const [variables] = useDebouncedValue(
    {
      introductionsPerCandidate: Math.round(clamp(perCandidate, LIMIT, 1)),
      minScore: clamp(minScore, SCORE, 0),
    },
    400,
  );
  const [{ data, error, fetching }] = useQuery({ query: TeamAllocationPlanQuery, variables });
  const plan = data?.allocationPlan;
  const refused = errorCode(error) === 'BAD_USER_INPUT' ? actionMessage(error!, i18n.language, t) : undefined;

  return (
    <>
      <PageHeading title={t('allocation.title')} intro={t('allocation.intro')} />
      <Stack gap="xl">
        <section aria-labelledby="allocation-settings">
          <Title order={2} id="allocation-settings" mb="sm">
            {t('allocation.settings')}
          </Title>
          <Group align="flex-start" wrap="wrap">
            <NumberInput
              label={t('allocation.perCandidate')}
              description={t('allocation.perCandidateHelp')}
              min={LIMIT.min}
              max={LIMIT.max}
              allowDecimal={false}
              clampBehavior="strict"
              w={{ base: '100%', sm: 320 }}
              value={perCandidate}
              onChange={setPerCandidate}
              error={refused}
            />
            <NumberInput
              label={t('allocation.minScore')}
              description={t('allocation.minScoreHelp')}
              min={SCORE.min}
              max={SCORE.max}
              decimalScale={1}
              clampBehavior="strict"
              w={{ base: '100%', sm: 320 }}
              value={minScore}
              onChange={setMinScore}
            />
          </Group>
        </section>
        <Alert color="blue">{t('allocation.readOnly')}</Alert>
        {fetching && !data && <QueryLoading />}
        {error && !refused && <QueryError error={error} />}
        {plan && (
          <>
            <Text>
              {t('allocation.summary', {
                count: plan.introductionsPerCandidate,
                edges: format.number(plan.edgesUsed),
                positions: format.number(plan.positions),
              })}
            </Text>
            <AllocationIntroductions introductions={plan.optimal.introductions} />
            {plan.optimal.introductions.length > 0 && (
              <>
                <AllocationFigures proposal={plan.optimal.totals} greedy={plan.greedy.totals} />
                <AllocationEmployers rows={plan.optimal.byEmployer} />
              </>
            )}
          </>
        )}
      </Stack>
    </>
  );
}
