import { graphql } from '@web/graphql/generated';

export const LedgerQuery = graphql(`
  query Ledger($from: LocalDate!, $to: LocalDate!, $byQuarter: Boolean!, $networkId: ID) {
    reciprocityLedger(from: $from, to: $to, byQuarter: $byQuarter, networkId: $networkId) {
      csvUrl
      periods
      employers {
        ...LedgerEmployerRowParts
      }
      pairs {
        period
        lendingEmployerId
        lendingEmployerName
        hostEmployerId
        hostEmployerName
        hours
      }
    }
  }
`);
