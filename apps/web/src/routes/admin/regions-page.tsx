import { Alert, Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { RegionFigures as Figures } from '@web/components/region-figures';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { RegionFiguresPartsFragment } from '@web/graphql/generated/graphql';
import { AdminEveryRegionStatisticsQuery, AdminRegionsQuery } from './regions.graphql';

interface RegionRow {
  code: string;
  name: string;
  /** Null until the worker has counted the region: until something changes there, it has no figures. */
  statistics: RegionFiguresPartsFragment | null;
}

const REGION_PARAM = 'regio';

/**
 * Every region's key figures side by side (two requests, whatever the number of regions), and one region's in
 * detail, with its candidates per track, when its name is chosen.
 */
export function RegionsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [regions] = useQuery({ query: AdminRegionsQuery });
  const [figures] = useQuery({ query: AdminEveryRegionStatisticsQuery });
  const error = regions.error ?? figures.error;
  const byCode = new Map(figures.data?.everyRegionStatistics.map((s) => [s.regionCode, s]));
  const rows: RegionRow[] | undefined =
    regions.data &&
    figures.data &&
    regions.data.regions.map((r) => ({ ...r, statistics: byCode.get(r.code) ?? null }));
  const chosen = rows?.find((r) => r.code === params.get(REGION_PARAM));
  return (
    <>
      <PageHeading title={t('admin.regions.title')} intro={t('admin.regions.intro')} />
      <Stack gap="xl">
        {error && <QueryError error={error} />}
        {!error && !rows && <QueryLoading />}
        {rows && <RegionsTable rows={rows} />}
        {rows && !chosen && <Text>{t('admin.regions.pick')}</Text>}
        {chosen && <RegionDetail region={chosen} />}
      </Stack>
    </>
  );
}

function RegionsTable({ rows }: { rows: RegionRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counted = rows.flatMap((r) => (r.statistics ? [r.statistics] : []));
  const total = (pick: (s: RegionFiguresPartsFragment) => number) =>
    format.number(counted.reduce((sum, s) => sum + pick(s), 0));
  const columns: { label: string; pick: (s: RegionFiguresPartsFragment) => number }[] = [
    { label: t('shared.regionFigures.employers'), pick: (s) => s.employers },
    { label: t('shared.regionFigures.activeCandidates'), pick: (s) => s.activeCandidates },
    { label: t('shared.regionFigures.contractsEnding'), pick: (s) => s.contractsEndingWithinSixMonths },
    { label: t('shared.regionFigures.openVacancies'), pick: (s) => s.openVacancies },
    { label: t('shared.regionFigures.openPositions'), pick: (s) => s.openPositions },
  ];
  return (
    <section aria-labelledby="every-region">
      <Title order={2} id="every-region" mb="sm">
        {t('admin.regions.every')}
      </Title>
      <Table.ScrollContainer minWidth={900}>
        <Table striped>
          <Table.Caption>{t('admin.regions.everyCaption', { count: counted.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.regions.region')}</Table.Th>
              {columns.map((column) => (
                <Table.Th key={column.label} scope="col" ta="right">
                  {column.label}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('admin.regions.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.code}>
                <Table.Th scope="row" fw="normal">
                  <Anchor component={Link} to={`?${REGION_PARAM}=${row.code}`} replace>
                    {row.name} ({row.code})
                  </Anchor>
                </Table.Th>
                {row.statistics ? (
                  <>
                    {columns.map((column) => (
                      <Table.Td key={column.label} ta="right">
                        {format.number(column.pick(row.statistics!))}
                      </Table.Td>
                    ))}
                    <Table.Td>{format.dateTime(row.statistics.computedAt)}</Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={columns.length + 1}>
                    <Text size="sm" c="dimmed">
                      {t('admin.regions.notComputedShort')}
                    </Text>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('admin.regions.total')}</Table.Th>
              {columns.map((column) => (
                <Table.Td key={column.label} ta="right" fw={700}>
                  {total(column.pick)}
                </Table.Td>
              ))}
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

function RegionDetail({ region }: { region: RegionRow }) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = (
    <Title order={2} id="region-figures">
      {t('admin.regions.figures', { region: `${region.name} (${region.code})` })}
    </Title>
  );
  if (!region.statistics)
    return (
      <section aria-labelledby="region-figures">
        {heading}
        <Alert color="blue" mt="sm">
          {t('admin.regions.notComputed')}
        </Alert>
      </section>
    );
  return (
    <section aria-labelledby="region-figures">
      <Group justify="space-between" align="baseline" mb="sm">
        {heading}
        <Text size="sm" c="dimmed">
          {t('admin.regions.computedAt', { date: format.dateTime(region.statistics.computedAt) })}
        </Text>
      </Group>
      <Figures statistics={region.statistics} />
    </section>
  );
}
