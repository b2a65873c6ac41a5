import { graphql } from '@web/graphql/generated';

export const OwnCandidatesQuery = graphql(`
  query OwnCandidates($first: Int!, $after: String) {
    candidateProfiles(first: $first, after: $after, ownership: OWN) {
      totalCount
      nodes {
        id
        publicCode
        status
        track
        hoursMin
        hoursMax
        updatedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
