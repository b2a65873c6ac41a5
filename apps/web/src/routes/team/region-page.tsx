import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { TeamRegionStatisticsQuery } from '@web/graphql/generated/graphql';
import { nl } from '@web/i18n/nl';
import { useSession } from '@web/session/viewer-context';
import { RegionMatches } from './region-matches';
import { RegionStatisticsQuery } from './region.graphql';
import { RematchPanel } from './rematch-panel';

type Statistics = TeamRegionStatisticsQuery['regionStatistics'];
type Track = keyof typeof nl.enums.candidateTrack;
const isTrack = (value: string): value is Track => Object.hasOwn(nl.enums.candidateTrack, value);

/** The region at a glance: key figures, the rematch, and every current match with its explanation. */
export function RegionPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const regionCode = viewer.regionCode ?? '';
  const [{ data, error, fetching }] = useQuery({
    query: RegionStatisticsQuery,
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
        <RematchPanel />
        <RegionMatches />
      </Stack>
    </>
  );
}

function RegionFigures({ statistics }: { statistics: Statistics }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = [
    { label: t('team.region.activeCandidates'), value: statistics.activeCandidates },
    { label: t('team.region.contractsEnding'), value: statistics.contractsEndingWithinSixMonths },
    { label: t('team.region.openVacancies'), value: statistics.openVacancies },
    { label: t('team.region.openPositions'), value: statistics.openPositions },
    { label: t('team.region.employers'), value: statistics.employers },
  ];
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
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} mb="md">
        {figures.map((figure) => (
          <Card key={figure.label} withBorder padding="md">
            <Text size="sm">{figure.label}</Text>
            <Text fw={700} fz={28}>
              {format.number(figure.value)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {statistics.activeCandidatesByTrack.length > 0 && (
        <Table maw={480}>
          <Table.Caption>{t('team.region.byTrack')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('team.region.track')}</Table.Th>
              <Table.Th scope="col">{t('team.region.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statistics.activeCandidatesByTrack.map((row) => (
              <Table.Tr key={row.track}>
                <Table.Th scope="row">
                  {isTrack(row.track) ? t(`enums.candidateTrack.${row.track}`) : row.track}
                </Table.Th>
                <Table.Td>
                  {row.count === null ? t('team.region.hidden') : format.number(row.count ?? 0)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
