import { graphql } from '@web/graphql/generated';

export const TeamLedgerQuery = graphql(`
  query TeamLedger($from: LocalDate!, $to: LocalDate!, $byQuarter: Boolean!, $networkId: ID) {
    reciprocityLedger(from: $from, to: $to, byQuarter: $byQuarter, networkId: $networkId) {
      csvUrl
      employers {
        ...LedgerEmployerRowParts
      }
      pairs {
        period
        lendingEmployerId
        hostEmployerId
        hours
      }
    }
  }
`);
