import { graphql } from '@web/graphql/generated';

export const AuditTrailQuery = graphql(`
  query AuditTrail($action: AuditAction, $before: ID, $first: Int!) {
    auditTrail(action: $action, before: $before, first: $first) {
      id
      at
      action
      actorName
      actorRole
      subjectType
      subjectId
      regionCode
      requestId
      detailsJson
    }
  }
`);
