import { graphql } from '@web/graphql/generated';

export const LedgerQuery = graphql(`
  query Ledger($from: LocalDate!, $to: LocalDate!, $byQuarter: Boolean!) {
    reciprocityLedger(from: $from, to: $to, byQuarter: $byQuarter) {
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
