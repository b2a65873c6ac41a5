import { graphql } from '@web/graphql/generated';

export const CandidateMatchesQuery = graphql(`
  query CandidateMatches($candidateId: ID!, $first: Int!, $networkId: ID) {
    candidateMatches(candidateId: $candidateId, first: $first, networkId: $networkId) {
      totalCount
      nodes {
        ...VacancyMatchParts
        vacancy {
          id
          kind
        }
      }
    }
  }
`);

export const RecordIntroductionConsentMutation = graphql(`
  mutation RecordIntroductionConsent($matchCaseId: ID!, $input: RecordConsentStatementInput!) {
    recordIntroductionConsentStatement(matchCaseId: $matchCaseId, input: $input) {
      id
    }
  }
`);

export const CandidateAnswersThemselfQuery = graphql(`
  query CandidateAnswersThemself($candidateId: ID!) {
    candidateProfile(id: $candidateId) {
      id
      answersThemself
    }
  }
`);

export const ConsentRecordsQuery = graphql(`
  query ConsentRecords($candidateId: ID!) {
    consentRecords(candidateId: $candidateId) {
      id
      kind
      givenAt
      givenByRole
      inForce
      withdrawnAt
      textNl
      textEn
      employers {
        id
        name
      }
    }
  }
`);

export const IdentityAccessLogQuery = graphql(`
  query IdentityAccessLog($candidateId: ID!) {
    identityAccessLog(candidateId: $candidateId) {
      id
      accessedAt
      action
      fields
      purpose
      accessorName
      accessorEmployerName
    }
  }
`);

export const CandidateIdentityQuery = graphql(`
  query CandidateIdentity($candidateId: ID!, $purpose: String!) {
    candidateIdentity(candidateId: $candidateId, purpose: $purpose) {
      candidateId
      fullName
      email
      phone
      dateOfBirth
    }
  }
`);

export const InviteJobSeekerMutation = graphql(`
  mutation InviteJobSeeker($candidateId: ID!) {
    createJobSeekerInvitation(candidateId: $candidateId) {
      sentTo
      expiresAt
    }
  }
`);
