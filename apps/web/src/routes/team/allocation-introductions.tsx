import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@web/format/use-format';
import type { TeamAllocationPlanQuery } from '@web/graphql/generated/graphql';

type Introduction = TeamAllocationPlanQuery['allocationPlan']['optimal']['introductions'][number];

/** The proposed introductions, grouped by vacancy as the plan orders them (best match first within a vacancy). */
export function AllocationIntroductions({ introductions }: { introductions: Introduction[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="allocation-introductions">
      <Title order={2} id="allocation-introductions" mb="sm">
        {t('allocation.introductionsTitle')}
      </Title>
      {introductions.length === 0 ? (
        <Text>{t('allocation.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Caption>{t('allocation.introductionsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('allocation.vacancy')}</Table.Th>
                <Table.Th scope="col">{t('allocation.employer')}</Table.Th>
                <Table.Th scope="col">{t('allocation.candidate')}</Table.Th>
                <Table.Th scope="col">{t('allocation.score')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {introductions.map((i) => (
                <Table.Tr key={`${i.vacancyId}-${i.candidateId}`}>
                  <Table.Th scope="row">{i.vacancy?.title ?? t('allocation.unknownVacancy')}</Table.Th>
                  <Table.Td>{i.employer?.name ?? t('allocation.unknownEmployer')}</Table.Td>
                  <Table.Td ff="monospace">{i.candidatePublicCode}</Table.Td>
                  <Table.Td>{format.number(i.score, 1)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
