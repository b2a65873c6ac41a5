import { Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import {
  LedgerNetworkSelect,
  LedgerPeriodFields,
  LedgerView,
  useLedgerPeriod,
} from '@web/components/ledger-table';
import { PageHeading } from '@web/components/page-heading';
import { useFormat } from '@web/format/use-format';
import type { TeamLedgerQuery as Ledger } from '@web/graphql/generated/graphql';
import { TeamLedgerQuery } from './ledger.graphql';

/**
 * The region's exchanges (or those between one network's members): per employer and period, and between each
 * pair, with the CSV of the same period.
 */
export function TeamLedgerPage() {
  const { t } = useTranslation();
  const { period, setPeriod, valid } = useLedgerPeriod(true);
  const [networkId, setNetworkId] = useState('');
  const [{ data, error, fetching }] = useQuery({
    query: TeamLedgerQuery,
    variables: { ...period, networkId: networkId || null },
    pause: !valid,
  });
  const ledger = valid ? data?.reciprocityLedger : undefined;
  return (
    <>
      <PageHeading title={t('team.ledger.title')} intro={t('team.ledger.intro')} />
      <LedgerNetworkSelect value={networkId} onChange={setNetworkId} />
      <LedgerPeriodFields period={period} valid={valid} onChange={setPeriod} />
      <LedgerView
        ledger={ledger}
        fetching={fetching}
        error={error}
        caption={t('team.ledger.caption')}
        rowHeader="employer"
      >
        {ledger && <PairsTable ledger={ledger} />}
      </LedgerView>
    </>
  );
}

/** Who lent to whom: the region's view, which one employer's ledger does not have. */
function PairsTable({ ledger }: { ledger: Ledger['reciprocityLedger'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = new Map(ledger.employers.map((row) => [row.employerId, row.employerName]));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Caption>{t('team.ledger.pairsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('team.ledger.lender')}</Table.Th>
            <Table.Th scope="col">{t('team.ledger.host')}</Table.Th>
            <Table.Th scope="col">{t('shared.ledger.period')}</Table.Th>
            <Table.Th scope="col">{t('team.ledger.hours')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ledger.pairs.map((pair) => (
            <Table.Tr key={`${pair.lendingEmployerId}-${pair.hostEmployerId}-${pair.period}`}>
              <Table.Th scope="row">{names.get(pair.lendingEmployerId) ?? ''}</Table.Th>
              <Table.Td>{names.get(pair.hostEmployerId) ?? ''}</Table.Td>
              <Table.Td>{pair.period}</Table.Td>
              <Table.Td>{format.number(pair.hours, 1)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
