import { graphql } from '@web/graphql/generated';

/** A profile found by its public code, for HR leads and the team who type one in (trajectories, diagnostics). */
export const CandidateByCodeQuery = graphql(`
  query CandidateByCode($code: String!) {
    candidateProfiles(publicCode: $code, first: 1) {
      nodes {
        id
        publicCode
        track
        status
      }
    }
  }
`);
