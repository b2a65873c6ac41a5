import { graphql } from '@web/graphql/generated';

export const PlacementsQuery = graphql(`
  query Placements($status: PlacementStatus) {
    placements(status: $status) {
      ...PlacementRowParts
      candidateId
    }
    employers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
