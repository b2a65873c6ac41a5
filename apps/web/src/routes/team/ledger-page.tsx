import { Anchor, Checkbox, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { TIME_ZONE, useFormat } from '@web/format/use-format';
import type { TeamLedgerQuery as Ledger } from '@web/graphql/generated/graphql';
import { TeamLedgerQuery } from './placements.graphql';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const currentYear = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric' }).format(new Date());

/** The region's exchanges: per employer and period, and between each pair, with the CSV of the same period. */
export function TeamLedgerPage() {
  const { t } = useTranslation();
  const year = currentYear();
  const [period, setPeriod] = useState({ from: `${year}-01-01`, to: `${year}-12-31`, byQuarter: true });
  const valid = DAY.test(period.from) && DAY.test(period.to) && period.from <= period.to;
  const [{ data, error, fetching }] = useQuery({ query: TeamLedgerQuery, variables: period, pause: !valid });
  const ledger = valid ? data?.reciprocityLedger : undefined;
  return (
    <>
      <PageHeading title={t('team.ledger.title')} intro={t('team.ledger.intro')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <TextInput
          type="date"
          label={t('hr.ledger.from')}
          value={period.from}
          onChange={(event) => setPeriod({ ...period, from: event.currentTarget.value })}
          error={valid ? undefined : t('hr.ledger.invalidPeriod')}
        />
        <TextInput
          type="date"
          label={t('hr.ledger.to')}
          value={period.to}
          onChange={(event) => setPeriod({ ...period, to: event.currentTarget.value })}
        />
        <Checkbox
          mt={{ sm: 'xl' }}
          label={t('hr.ledger.byQuarter')}
          checked={period.byQuarter}
          onChange={(event) => setPeriod({ ...period, byQuarter: event.currentTarget.checked })}
        />
      </SimpleGrid>
      {fetching && !data && <QueryLoading />}
      {error && <QueryError error={error} />}
      {ledger && (
        <Stack gap="lg">
          <Anchor href={ledger.csvUrl} download>
            {t('hr.ledger.csv')}
          </Anchor>
          {ledger.employers.length === 0 ? (
            <Text>{t('hr.ledger.empty')}</Text>
          ) : (
            <LedgerTables ledger={ledger} />
          )}
        </Stack>
      )}
    </>
  );
}

function LedgerTables({ ledger }: { ledger: Ledger['reciprocityLedger'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hours = (value: number) => format.number(value, 1);
  const names = new Map(ledger.employers.map((row) => [row.employerId, row.employerName]));
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table striped>
          <Table.Caption>{t('team.ledger.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('hr.ledger.employer')}</Table.Th>
              <Table.Th scope="col">{t('hr.ledger.period')}</Table.Th>
              <Table.Th scope="col">{t('hr.ledger.hoursLent')}</Table.Th>
              <Table.Th scope="col">{t('hr.ledger.hoursBorrowed')}</Table.Th>
              <Table.Th scope="col">{t('hr.ledger.placements')}</Table.Th>
              <Table.Th scope="col">{t('hr.ledger.balance')}</Table.Th>
              <Table.Th scope="col">{t('hr.ledger.cumulative')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ledger.employers.map((row) => (
              <Table.Tr key={`${row.employerId}-${row.period}`}>
                <Table.Th scope="row">{row.employerName}</Table.Th>
                <Table.Td>{row.period}</Table.Td>
                <Table.Td>{hours(row.hoursLent)}</Table.Td>
                <Table.Td>{hours(row.hoursBorrowed)}</Table.Td>
                <Table.Td>
                  {t('hr.ledger.placementsValue', {
                    lent: row.placementsLent,
                    borrowed: row.placementsBorrowed,
                  })}
                </Table.Td>
                <Table.Td>{hours(row.balance)}</Table.Td>
                <Table.Td>{hours(row.cumulativeBalance)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Caption>{t('team.ledger.pairsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('team.ledger.lender')}</Table.Th>
              <Table.Th scope="col">{t('team.ledger.host')}</Table.Th>
              <Table.Th scope="col">{t('hr.ledger.period')}</Table.Th>
              <Table.Th scope="col">{t('team.ledger.hours')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ledger.pairs.map((pair) => (
              <Table.Tr key={`${pair.lendingEmployerId}-${pair.hostEmployerId}-${pair.period}`}>
                <Table.Th scope="row">{names.get(pair.lendingEmployerId) ?? ''}</Table.Th>
                <Table.Td>{names.get(pair.hostEmployerId) ?? ''}</Table.Td>
                <Table.Td>{pair.period}</Table.Td>
                <Table.Td>{hours(pair.hours)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
