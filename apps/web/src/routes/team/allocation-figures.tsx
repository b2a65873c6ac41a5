import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@web/format/use-format';
import type {
  AllocationTotalsPartsFragment as Totals,
  TeamAllocationPlanQuery,
} from '@web/graphql/generated/graphql';

type EmployerRow = TeamAllocationPlanQuery['allocationPlan']['optimal']['byEmployer'][number];

/** Each figure with the decimals it is computed to: scores to one, the spread to three. */
const FIGURES = [
  ['introductions', 0],
  ['candidatesReached', 0],
  ['vacanciesServed', 0],
  ['positionsFilled', 0],
  ['totalScore', 1],
  ['maxIntroductionsPerCandidate', 0],
  ['candidatesOverLimit', 0],
  ['attentionGini', 3],
  ['feasiblePositionsFilled', 0],
  ['feasibleTotalScore', 1],
] as const satisfies readonly (readonly [keyof Omit<Totals, '__typename'>, number])[];

/** The proposal's fairness figures beside those of each vacancy choosing on its own, each explained. */
export function AllocationFigures({ proposal, greedy }: { proposal: Totals; greedy: Totals }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="allocation-figures">
      <Title order={2} id="allocation-figures" mb="xs">
        {t('allocation.figuresTitle')}
      </Title>
      <Text mb="sm">{t('allocation.figuresIntro')}</Text>
      <Table.ScrollContainer minWidth={820}>
        <Table striped>
          <Table.Caption>{t('allocation.figuresCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('allocation.figure')}</Table.Th>
              <Table.Th scope="col">{t('allocation.proposal')}</Table.Th>
              <Table.Th scope="col">{t('allocation.greedy')}</Table.Th>
              <Table.Th scope="col">{t('allocation.meaning')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {FIGURES.map(([key, decimals]) => (
              <Table.Tr key={key}>
                <Table.Th scope="row">{t(`allocation.figures.${key}.label`)}</Table.Th>
                <Table.Td fw={700}>{format.number(proposal[key], decimals)}</Table.Td>
                <Table.Td>{format.number(greedy[key], decimals)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`allocation.figures.${key}.meaning`)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

/** What each employer gets in the proposal, and how many of its candidates another employer meets as well. */
export function AllocationEmployers({ rows }: { rows: EmployerRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="allocation-employers">
      <Title order={2} id="allocation-employers" mb="xs">
        {t('allocation.byEmployerTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('allocation.sharedHelp')}
      </Text>
      <Table.ScrollContainer minWidth={820}>
        <Table striped>
          <Table.Caption>{t('allocation.byEmployerCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('allocation.employer')}</Table.Th>
              <Table.Th scope="col">{t('allocation.vacancies')}</Table.Th>
              <Table.Th scope="col">{t('allocation.positions')}</Table.Th>
              <Table.Th scope="col">{t('allocation.introductions')}</Table.Th>
              <Table.Th scope="col">{t('allocation.candidates')}</Table.Th>
              <Table.Th scope="col">{t('allocation.shared')}</Table.Th>
              <Table.Th scope="col">{t('allocation.totalScore')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.employerId}>
                <Table.Th scope="row">{row.employer?.name ?? t('allocation.unknownEmployer')}</Table.Th>
                <Table.Td>{format.number(row.vacancies)}</Table.Td>
                <Table.Td>{format.number(row.positions)}</Table.Td>
                <Table.Td>{format.number(row.introductions)}</Table.Td>
                <Table.Td>{format.number(row.candidates)}</Table.Td>
                <Table.Td>{format.number(row.sharedCandidates)}</Table.Td>
                <Table.Td>{format.number(row.totalScore, 1)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
