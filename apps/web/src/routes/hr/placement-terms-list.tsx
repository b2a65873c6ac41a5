import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@web/format/use-format';
import type { PlacementDetailPartsFragment as Placement } from '@web/graphql/generated/graphql';
import { useHrText } from './use-hr-text';

/** The agreed (or proposed) terms, one per row, the term as the row's header. */
export function PlacementTermsList({ placement: p }: { placement: Placement }) {
  const { t } = useTranslation();
  const hr = useHrText();
  const format = useFormat();
  const none = t('hr.placement.term.none');
  const rows: [string, string][] = [
    [t('hr.placement.term.purpose'), hr.placementEnums.purpose[p.purpose]],
    [t('hr.placement.term.requestedHours'), format.number(p.requestedHoursPerWeek)],
    [t('hr.placement.term.duration'), t('hr.placement.term.durationValue', { weeks: p.durationWeeks })],
    [t('hr.placement.term.notBefore'), p.notBefore ? format.date(p.notBefore) : none],
    [t('hr.placement.term.contractHours'), format.number(p.contractHoursPerWeek)],
    [t('hr.placement.term.ownWorkHours'), format.number(p.ownWorkHoursPerWeek)],
    [t('hr.placement.term.salaryPaidBy'), hr.placementEnums.payer[p.salaryPaidBy]],
    [
      t('hr.placement.term.travelCosts'),
      p.travelCostsReimbursed
        ? t('hr.placement.term.travelPaidBy', { payer: hr.placementEnums.payer[p.travelCostsPaidBy] })
        : t('hr.placement.term.travelNotReimbursed'),
    ],
    [t('hr.placement.term.insuranceNote'), p.insuranceNote ?? none],
    [t('hr.placement.term.subsidyNote'), p.subsidyNote ?? none],
    [t('hr.placement.term.returnOption'), p.returnOption ? t('hr.placement.yes') : t('hr.placement.no')],
    [t('hr.placement.term.lendingContact'), p.lendingContact],
    [t('hr.placement.term.hostContact'), p.hostContact],
  ];
  return (
    <>
      <Title order={2} size="h3" id="placement-terms">
        {t('hr.placement.termsTitle')}
      </Title>
      <Table aria-labelledby="placement-terms" maw={720}>
        <Table.Tbody>
          {rows.map(([term, value]) => (
            <Table.Tr key={term}>
              <Table.Th scope="row" w="45%">
                {term}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
