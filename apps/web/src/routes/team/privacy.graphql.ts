import { graphql } from '@web/graphql/generated';

export const TeamErasureRequestParts = graphql(`
  fragment TeamErasureRequestParts on ErasureRequest {
    id
    candidateId
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
    candidateProfiles(first: 100) {
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
