import { Anchor, Checkbox, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { NetworkSelect, useNetworkChoices } from '@web/components/network-select';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { TIME_ZONE, useFormat } from '@web/format/use-format';
import type { LedgerEmployerRowPartsFragment as LedgerRow } from '@web/graphql/generated/graphql';

export interface LedgerPeriod {
  from: string;
  to: string;
  byQuarter: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const currentYear = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric' }).format(new Date());

/** This calendar year in Dutch time; the query waits while the period is not a valid one. */
export function useLedgerPeriod(byQuarter: boolean) {
  const [period, setPeriod] = useState<LedgerPeriod>(() => {
    const year = currentYear();
    return { from: `${year}-01-01`, to: `${year}-12-31`, byQuarter };
  });
  const valid = DAY.test(period.from) && DAY.test(period.to) && period.from <= period.to;
  return { period, setPeriod, valid };
}

export function LedgerPeriodFields({
  period,
  valid,
  onChange,
}: {
  period: LedgerPeriod;
  valid: boolean;
  onChange: (period: LedgerPeriod) => void;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
      <TextInput
        type="date"
        label={t('shared.ledger.from')}
        value={period.from}
        onChange={(event) => onChange({ ...period, from: event.currentTarget.value })}
        error={valid ? undefined : t('shared.ledger.invalidPeriod')}
      />
      <TextInput
        type="date"
        label={t('shared.ledger.to')}
        value={period.to}
        onChange={(event) => onChange({ ...period, to: event.currentTarget.value })}
      />
      <Checkbox
        mt={{ sm: 'xl' }}
        label={t('shared.ledger.byQuarter')}
        checked={period.byQuarter}
        onChange={(event) => onChange({ ...period, byQuarter: event.currentTarget.checked })}
      />
    </SimpleGrid>
  );
}

interface LedgerViewProps {
  ledger: { csvUrl: string; employers: LedgerRow[] } | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  caption: string;
  /** The column that heads each row: the HR lead reads by period, the region by employer. */
  rowHeader: 'period' | 'employer';
  /** More tables, shown when the period has exchanges. */
  children?: ReactNode;
}

/** The ledger of a period: the CSV of the same period, then lent and borrowed hours per employer and period. */
export function LedgerView({ ledger, fetching, error, caption, rowHeader, children }: LedgerViewProps) {
  const { t } = useTranslation();
  return (
    <>
      {fetching && !ledger && <QueryLoading />}
      {error && <QueryError error={error} />}
      {ledger && (
        <Stack gap="lg">
          <Anchor href={ledger.csvUrl} download>
            {t('shared.ledger.csv')}
          </Anchor>
          {ledger.employers.length === 0 ? (
            <Text>{t('shared.ledger.empty')}</Text>
          ) : (
            <>
              <LedgerTable rows={ledger.employers} caption={caption} rowHeader={rowHeader} />
              {children}
            </>
          )}
        </Stack>
      )}
    </>
  );
}

function LedgerTable({
  rows,
  caption,
  rowHeader,
}: {
  rows: LedgerRow[];
  caption: string;
  rowHeader: 'period' | 'employer';
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const hours = (value: number) => format.number(value, 1);
  const byPeriod = rowHeader === 'period';
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              {byPeriod ? t('shared.ledger.period') : t('shared.ledger.employer')}
            </Table.Th>
            <Table.Th scope="col">
              {byPeriod ? t('shared.ledger.employer') : t('shared.ledger.period')}
            </Table.Th>
            <Table.Th scope="col">{t('shared.ledger.hoursLent')}</Table.Th>
            <Table.Th scope="col">{t('shared.ledger.hoursBorrowed')}</Table.Th>
            <Table.Th scope="col">{t('shared.ledger.placements')}</Table.Th>
            <Table.Th scope="col">{t('shared.ledger.balance')}</Table.Th>
            <Table.Th scope="col">{t('shared.ledger.cumulative')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.period}-${row.employerId}`}>
              <Table.Th scope="row">{byPeriod ? row.period : row.employerName}</Table.Th>
              <Table.Td>{byPeriod ? row.employerName : row.period}</Table.Td>
              <Table.Td>{hours(row.hoursLent)}</Table.Td>
              <Table.Td>{hours(row.hoursBorrowed)}</Table.Td>
              <Table.Td>
                {t('shared.ledger.placementsValue', {
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
  );
}

/** The ledger of the whole region, or only between the members of one of the viewer's networks. */
export function LedgerNetworkSelect({
  value,
  onChange,
}: {
  value: string;
  onChange(networkId: string): void;
}) {
  const { t } = useTranslation();
  const networks = useNetworkChoices();
  return (
    <NetworkSelect
      networks={networks}
      value={value}
      onChange={onChange}
      label={t('shared.ledger.network')}
      description={t('shared.ledger.networkHelp')}
      noNetworkLabel={t('shared.ledger.wholeRegion')}
      mb="md"
    />
  );
}
