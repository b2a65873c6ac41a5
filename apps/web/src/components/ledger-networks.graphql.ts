import { graphql } from '@web/graphql/generated';

/** The networks a ledger may be scoped to: those whose requests (and exchanges) the viewer sees. */
export const LedgerNetworksQuery = graphql(`
  query LedgerNetworks {
    employerNetworks {
      id
      name
      seesRequests
    }
  }
`);
