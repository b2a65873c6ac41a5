import { graphql } from '@web/graphql/generated';

/** A network a list, a ledger or a session may be scoped to (`seesRequests`: one the viewer takes part in or follows). */
export const NetworkChoiceParts = graphql(`
  fragment NetworkChoiceParts on EmployerNetwork {
    id
    name
    seesRequests
  }
`);

/** The viewer's networks, for a page with a request to spare; others ask for them in their own query. */
export const NetworkChoicesQuery = graphql(`
  query NetworkChoices {
    employerNetworks {
      ...NetworkChoiceParts
    }
  }
`);
