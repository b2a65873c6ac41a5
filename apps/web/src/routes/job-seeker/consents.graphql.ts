import { graphql } from '@web/graphql/generated';

export const MyConsentsPageQuery = graphql(`
  query MyConsentsPage {
    myCandidateProfile {
      id
      consentStatus
      emailNotifications
      targetGroupShared
    }
    myConsents {
      id
      kind
      employers {
        id
        name
      }
      givenAt
      givenByRole
      inForce
      textNl
      textEn
      textVersion
      statementId
      withdrawnAt
      withdrawnByRole
      withdrawalReason
    }
    myConsentStatements {
      id
      kind
      givenOn
      givenToName
      method
      inForce
      revokedAt
      textNl
      textEn
    }
  }
`);

export const CurrentConsentTextQuery = graphql(`
  query CurrentConsentText($kind: ConsentKind!) {
    consentText(kind: $kind) {
      kind
      textNl
      textEn
      textVersion
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($id: ID!) {
    withdrawConsent(id: $id) {
      id
      inForce
      withdrawnAt
      withdrawnByRole
      withdrawalReason
    }
  }
`);

export const RevokeConsentStatementMutation = graphql(`
  mutation RevokeConsentStatement($id: ID!) {
    revokeConsentStatement(id: $id) {
      id
      inForce
      revokedAt
    }
  }
`);

export const SetEmailNotificationsMutation = graphql(`
  mutation SetEmailNotifications($on: Boolean!) {
    setEmailNotifications(on: $on) {
      id
      emailNotifications
    }
  }
`);

export const ShareTargetGroupMutation = graphql(`
  mutation ShareTargetGroup($candidateId: ID!, $share: Boolean!, $textVersion: String) {
    shareTargetGroup(candidateId: $candidateId, share: $share, textVersion: $textVersion) {
      id
      targetGroupShared
    }
  }
`);
