import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { RegionFigures as Figures } from '@web/components/region-figures';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { RegionFiguresPartsFragment } from '@web/graphql/generated/graphql';
import { RegionPlanChoices } from '@web/routes/mobility-plans/region-plan-choices';
import { useSession } from '@web/session/viewer-context';
import { RegionMatches } from './region-matches';
import { RegionOverviewQuery } from './region.graphql';
import { RematchPanel } from './rematch-panel';

type Statistics = RegionFiguresPartsFragment;

/**
 * The region at a glance: key figures, the rematch, the choices under the region's mobility plans, and every
 * current match with its explanation.
 */
export function RegionPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const regionCode = viewer.regionCode ?? '';
  const [{ data, error, fetching }] = useQuery({
    query: RegionOverviewQuery,
    variables: { regionCode },
    pause: !regionCode,
  });
  return (
    <>
      <PageHeading title={t('team.region.title', { region: regionCode })} intro={t('team.region.intro')} />
      <Stack gap="xl">
        {fetching && !data && <QueryLoading />}
        {error && <QueryError error={error} />}
        {data && <RegionFigures statistics={data.regionStatistics} />}
        {data && <RematchPanel latest={data.latestRematchRun} />}
        {data && <RegionPlanChoices figures={data.regionMobilityPlanFigures} />}
        <RegionMatches networks={data?.employerNetworks} />
      </Stack>
    </>
  );
}

function RegionFigures({ statistics }: { statistics: Statistics }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="region-figures">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} id="region-figures">
          {t('team.region.figures')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('team.region.computedAt', { date: format.dateTime(statistics.computedAt) })}
        </Text>
      </Group>
      <Figures statistics={statistics} />
    </section>
  );
}
