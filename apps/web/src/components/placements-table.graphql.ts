import { graphql } from '@web/graphql/generated';

/** A placement as every placements table shows it: parties, terms and what conflicts with it. */
export const PlacementRowParts = graphql(`
  fragment PlacementRowParts on Placement {
    id
    kind
    status
    lendingEmployerId
    hostEmployerId
    startDate
    endDate
    hoursPerWeek
    requestedHoursPerWeek
    conflicts {
      kind
      blocking
      explanation
      explanationNl
    }
  }
`);
