import { Anchor, Checkbox, Group, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { TIME_ZONE, useFormat } from '@web/format/use-format';
import { LedgerQuery } from './ledger.graphql';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const thisYear = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric' }).format(new Date());

/** Hours and placements lent and borrowed by the own employer, per month or quarter, with the CSV. */
export function LedgerPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [from, setFrom] = useState(() => `${thisYear()}-01-01`);
  const [to, setTo] = useState(() => `${thisYear()}-12-31`);
  const [byQuarter, setByQuarter] = useState(false);
  const valid = DATE.test(from) && DATE.test(to) && from <= to;
  const [{ data, error, fetching }] = useQuery({
    query: LedgerQuery,
    variables: { from, to, byQuarter },
    pause: !valid,
  });
  const ledger = data?.reciprocityLedger;
  const hours = (value: number) => format.number(value, 1);
  return (
    <>
      <PageHeading title={t('hr.ledger.title')} intro={t('hr.ledger.intro')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <TextInput
          type="date"
          label={t('hr.ledger.from')}
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
          error={valid ? undefined : t('hr.ledger.invalidPeriod')}
        />
        <TextInput
          type="date"
          label={t('hr.ledger.to')}
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
        />
        <Checkbox
          mt={{ sm: 'xl' }}
          label={t('hr.ledger.byQuarter')}
          checked={byQuarter}
          onChange={(event) => setByQuarter(event.currentTarget.checked)}
        />
      </SimpleGrid>
      {fetching && !ledger && <QueryLoading />}
      {error && <QueryError error={error} />}
      {ledger && valid && (
        <>
          <Group mb="sm">
            <Anchor href={ledger.csvUrl} download>
              {t('hr.ledger.csv')}
            </Anchor>
          </Group>
          {ledger.employers.length === 0 ? (
            <Text>{t('hr.ledger.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('hr.ledger.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('hr.ledger.period')}</Table.Th>
                    <Table.Th scope="col">{t('hr.ledger.employer')}</Table.Th>
                    <Table.Th scope="col">{t('hr.ledger.hoursLent')}</Table.Th>
                    <Table.Th scope="col">{t('hr.ledger.hoursBorrowed')}</Table.Th>
                    <Table.Th scope="col">{t('hr.ledger.placements')}</Table.Th>
                    <Table.Th scope="col">{t('hr.ledger.balance')}</Table.Th>
                    <Table.Th scope="col">{t('hr.ledger.cumulative')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ledger.employers.map((row) => (
                    <Table.Tr key={`${row.period}-${row.employerId}`}>
                      <Table.Th scope="row">{row.period}</Table.Th>
                      <Table.Td>{row.employerName}</Table.Td>
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
          )}
        </>
      )}
    </>
  );
}
