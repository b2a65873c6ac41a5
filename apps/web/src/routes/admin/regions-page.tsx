import { Alert, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { RegionFigures as Figures } from '@web/components/region-figures';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { errorCode } from '@web/graphql/errors';
import { AdminRegionStatisticsQuery, AdminRegionsQuery } from './regions.graphql';

/** One region's key figures at a time: the API gives them per region, so a table of all 35 would be 35 requests. */
export function RegionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('regio');
  const [regions] = useQuery({ query: AdminRegionsQuery });
  const region = regions.data?.regions.find((r) => r.code === regionCode);
  return (
    <>
      <PageHeading title={t('admin.regions.title')} intro={t('admin.regions.intro')} />
      <Stack gap="xl">
        {regions.fetching && !regions.data && <QueryLoading />}
        {regions.error && <QueryError error={regions.error} />}
        {regions.data && (
          <Select
            label={t('admin.regions.choose')}
            description={t('admin.regions.chooseHelp')}
            searchable
            maw={420}
            value={region?.code ?? null}
            onChange={(code) => setParams(code ? { regio: code } : {}, { replace: true })}
            data={regions.data.regions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))}
            comboboxProps={{ withinPortal: false }}
          />
        )}
        {regions.data && !region && <Text>{t('admin.regions.pick')}</Text>}
        {region && <RegionFigures code={region.code} name={region.name} />}
      </Stack>
    </>
  );
}

function RegionFigures({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({
    query: AdminRegionStatisticsQuery,
    variables: { regionCode: code },
  });
  const heading = (
    <Title order={2} id="region-figures">
      {t('admin.regions.figures', { region: `${name} (${code})` })}
    </Title>
  );
  if (fetching && !data) return <QueryLoading />;
  // Figures exist once the worker has counted the region: until something changes there, they do not.
  if (errorCode(error) === 'NOT_FOUND')
    return (
      <section aria-labelledby="region-figures">
        {heading}
        <Alert color="blue" mt="sm">
          {t('admin.regions.notComputed')}
        </Alert>
      </section>
    );
  if (error) return <QueryError error={error} />;
  if (!data) return null;
  return (
    <section aria-labelledby="region-figures">
      <Group justify="space-between" align="baseline" mb="sm">
        {heading}
        <ComputedAt at={data.regionStatistics.computedAt} />
      </Group>
      <Figures statistics={data.regionStatistics} />
    </section>
  );
}

function ComputedAt({ at }: { at: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Text size="sm" c="dimmed">
      {t('admin.regions.computedAt', { date: format.dateTime(at) })}
    </Text>
  );
}
