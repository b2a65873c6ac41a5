import { Alert, Button, Checkbox, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { PlanVersionPartsFragment } from '@web/graphql/generated/graphql';
import { actionMessage } from '@web/graphql/errors';
import { ChooseMobilityPathMutation, MyMobilityPathChoiceQuery } from './mobility-plans.graphql';
import { usePlanText } from './use-plan-text';

/**
 * "Kies je pad": the employee records the path they choose, and may change it until the deadline. Choosing the
 * guidance path asks their own consent to share the profile, so the search for work starts at once.
 */
export function PathChoice({ planId, version }: { planId: string; version: PlanVersionPartsFragment }) {
  const { t, i18n } = useTranslation();
  const { pick } = usePlanText();
  const format = useFormat();
  const [{ data, error, fetching }] = useQuery({ query: MyMobilityPathChoiceQuery, variables: { planId } });
  const [saving, save] = useMutation(ChooseMobilityPathMutation);
  const mine = saving.data?.chooseMobilityPath ?? data?.myMobilityPathChoice;
  const [picked, setPicked] = useState<string | null>(null);
  const [share, setShare] = useState(false);
  const selected = picked ?? (mine?.stillOffered ? mine.pathId : null);
  const pathOf = (id: string | null | undefined) => version.paths.find((p) => p.id === id);
  const guidance = pathOf(selected)?.kind === 'GUIDANCE';

  if (fetching && !mine) return <QueryLoading />;
  if (error && !mine) return <QueryError error={error} />;
  if (!mine) return null;
  const chosen = pathOf(mine.pathId);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('mobilityPlan.choose.heading')}
      </Title>
      <Text>
        {mine.canChange
          ? t('mobilityPlan.choose.intro', { date: format.date(mine.deadline) })
          : t('mobilityPlan.choose.closed', { date: format.date(mine.deadline) })}
      </Text>
      <div role="status">
        {saving.data && <Text fw={600}>{t('mobilityPlan.choose.saved')}</Text>}
        {chosen && mine.chosenAt ? (
          <>
            <Text>
              {t('mobilityPlan.choose.current', {
                path: pick(chosen.name),
                date: format.date(mine.chosenAt),
              })}
            </Text>
            {mine.changedSinceChosen && <Alert mt="xs">{t('mobilityPlan.choose.changed')}</Alert>}
          </>
        ) : mine.pathId ? (
          <Alert color="red">{t('mobilityPlan.choose.dropped')}</Alert>
        ) : (
          <Text>{t('mobilityPlan.choose.none')}</Text>
        )}
      </div>
      {mine.canChange && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (selected) void save({ planId, pathId: selected, shareProfile: guidance && share });
          }}
        >
          <Stack gap="sm">
            <Radio.Group label={t('mobilityPlan.choose.legend')} value={selected} onChange={setPicked}>
              <Stack gap="xs" mt="xs">
                {version.paths.map((path) => (
                  <Radio
                    key={path.id}
                    value={path.id}
                    label={pick(path.name)}
                    description={pick(path.description)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            {guidance && (
              <Checkbox
                label={t('mobilityPlan.choose.share')}
                description={t('mobilityPlan.choose.shareHelp')}
                checked={share}
                onChange={(event) => setShare(event.currentTarget.checked)}
              />
            )}
            {saving.error && (
              <Alert color="red" role="alert">
                {actionMessage(saving.error, i18n.language, t)}
              </Alert>
            )}
            <div>
              <Button type="submit" loading={saving.fetching} disabled={!selected}>
                {t('mobilityPlan.choose.submit')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
