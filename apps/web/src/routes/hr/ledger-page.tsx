import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LedgerPeriodFields, LedgerView, useLedgerPeriod } from '@web/components/ledger-table';
import { PageHeading } from '@web/components/page-heading';
import { LedgerQuery } from './ledger.graphql';

/** Hours and placements lent and borrowed by the own employer, per month or quarter, with the CSV. */
export function LedgerPage() {
  const { t } = useTranslation();
  const { period, setPeriod, valid } = useLedgerPeriod(false);
  const [{ data, error, fetching }] = useQuery({ query: LedgerQuery, variables: period, pause: !valid });
  return (
    <>
      <PageHeading title={t('hr.ledger.title')} intro={t('hr.ledger.intro')} />
      <LedgerPeriodFields period={period} valid={valid} onChange={setPeriod} />
      <LedgerView
        ledger={valid ? data?.reciprocityLedger : undefined}
        fetching={fetching}
        error={error}
        caption={t('hr.ledger.caption')}
        rowHeader="period"
      />
    </>
  );
}
