import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LedgerChart } from '@web/components/ledger-chart';
import {
  LedgerNetworkSelect,
  LedgerPeriodFields,
  LedgerView,
  useLedgerPeriod,
} from '@web/components/ledger-table';
import { PageHeading } from '@web/components/page-heading';
import { useSession } from '@web/session/viewer-context';
import { LedgerQuery } from './ledger.graphql';

/**
 * Hours and placements lent and borrowed by the own employer, per period and per partner, with the CSV: in the
 * whole region, or only with the members of one of its networks.
 */
export function LedgerPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const { period, setPeriod, valid } = useLedgerPeriod(false);
  const [networkId, setNetworkId] = useState('');
  const [{ data, error, fetching }] = useQuery({
    query: LedgerQuery,
    variables: { ...period, networkId: networkId || null },
    pause: !valid,
  });
  const ledger = valid ? data?.reciprocityLedger : undefined;
  return (
    <>
      <PageHeading title={t('hr.ledger.title')} intro={t('hr.ledger.intro')} />
      <LedgerNetworkSelect value={networkId} onChange={setNetworkId} />
      <LedgerPeriodFields period={period} valid={valid} onChange={setPeriod} />
      <LedgerView
        ledger={ledger}
        fetching={fetching}
        error={error}
        caption={t('hr.ledger.caption')}
        rowHeader="period"
      >
        {ledger && viewer.employerId && (
          <LedgerChart pairs={ledger.pairs} periods={ledger.periods} ownEmployerId={viewer.employerId} />
        )}
      </LedgerView>
    </>
  );
}
