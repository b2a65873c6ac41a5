import { Card, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@web/format/use-format';
import type { RegionFiguresPartsFragment } from '@web/graphql/generated/graphql';
import { nl } from '@web/i18n/nl';

type Track = keyof typeof nl.enums.candidateTrack;
const isTrack = (value: string): value is Track => Object.hasOwn(nl.enums.candidateTrack, value);

/**
 * A region's key figures and its active candidates per track, as the mobility team and administrators read
 * them. Counts below five come as null for those who may not see them and read "Minder dan 5".
 */
export function RegionFigures({ statistics }: { statistics: RegionFiguresPartsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = [
    { label: t('shared.regionFigures.activeCandidates'), value: statistics.activeCandidates },
    { label: t('shared.regionFigures.contractsEnding'), value: statistics.contractsEndingWithinSixMonths },
    { label: t('shared.regionFigures.openVacancies'), value: statistics.openVacancies },
    { label: t('shared.regionFigures.openPositions'), value: statistics.openPositions },
    { label: t('shared.regionFigures.employers'), value: statistics.employers },
  ];
  return (
    <>
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
          <Table.Caption>{t('shared.regionFigures.byTrack')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('shared.regionFigures.track')}</Table.Th>
              <Table.Th scope="col">{t('shared.regionFigures.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statistics.activeCandidatesByTrack.map(({ track, count }) => (
              <Table.Tr key={track}>
                <Table.Th scope="row">{isTrack(track) ? t(`enums.candidateTrack.${track}`) : track}</Table.Th>
                <Table.Td>
                  {count === null || count === undefined
                    ? t('shared.regionFigures.hidden')
                    : format.number(count)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
