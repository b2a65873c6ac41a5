import { graphql } from '@web/graphql/generated';

export const TeamPlacementsQuery = graphql(`
  query TeamPlacements($status: PlacementStatus) {
    placements(status: $status) {
      ...PlacementRowParts
    }
    employers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
