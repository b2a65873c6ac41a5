import { graphql } from '@web/graphql/generated';

export const MyDataPageQuery = graphql(`
  query MyDataPage($candidateId: ID!) {
    erasureGraceDays
    myDataExports {
      ...DataExportParts
    }
    erasureRequests(candidateId: $candidateId) {
      ...ErasureRequestParts
    }
    identityAccessLog(candidateId: $candidateId) {
      id
      accessedAt
      action
      fields
      purpose
      accessorRole
      accessorName
      accessorEmployerName
      accessorDescription {
        nl
        en
      }
    }
    auditTrail(candidateId: $candidateId, first: 20) {
      id
      action
      at
      actorRole
    }
  }
`);

export const DataExportParts = graphql(`
  fragment DataExportParts on DataExport {
    id
    requestedAt
    readyAt
    failed
    expiresAt
    jsonDownloadedAt
    htmlDownloadedAt
  }
`);

export const ErasureRequestParts = graphql(`
  fragment ErasureRequestParts on ErasureRequest {
    id
    status
    requestedAt
    requestedByRole
    scheduledFor
    cancelledAt
  }
`);

export const RequestMyDataExportMutation = graphql(`
  mutation RequestMyDataExport {
    requestMyDataExport {
      jsonPath
      htmlPath
      export {
        ...DataExportParts
      }
    }
  }
`);

export const RequestErasureMutation = graphql(`
  mutation RequestErasure($candidateId: ID!, $reason: String) {
    requestErasure(candidateId: $candidateId, reason: $reason) {
      ...ErasureRequestParts
    }
  }
`);

export const CancelErasureMutation = graphql(`
  mutation CancelErasure($requestId: ID!) {
    cancelErasure(requestId: $requestId) {
      ...ErasureRequestParts
    }
  }
`);
