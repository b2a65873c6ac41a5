import { graphql } from '@web/graphql/generated';

export const TeamErasureRequestParts = graphql(`
  fragment TeamErasureRequestParts on ErasureRequest {
    id
    candidateId
    publicCode
    status
    reason
    requestedAt
    requestedByRole
    scheduledFor
    cancelledAt
    completedAt
    removed {
      kind
      rows
    }
  }
`);

export const TeamErasureRequestsQuery = graphql(`
  query TeamErasureRequests {
    erasureRequests {
      ...TeamErasureRequestParts
    }
  }
`);

/** The one profile with this code, if the team may see it: a search, not a list of the region. */
export const TeamCandidateByCodeQuery = graphql(`
  query TeamCandidateByCode($publicCode: String!) {
    candidateProfiles(first: 1, publicCode: $publicCode) {
      nodes {
        id
        publicCode
      }
    }
  }
`);

export const TeamRequestErasureMutation = graphql(`
  mutation TeamRequestErasure($candidateId: ID!, $reason: String) {
    requestErasure(candidateId: $candidateId, reason: $reason) {
      ...TeamErasureRequestParts
    }
  }
`);

export const TeamCancelErasureMutation = graphql(`
  mutation TeamCancelErasure($requestId: ID!) {
    cancelErasure(requestId: $requestId) {
      ...TeamErasureRequestParts
    }
  }
`);
