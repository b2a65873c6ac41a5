import { graphql } from '@web/graphql/generated';

export const CandidateProfileParts = graphql(`
  fragment CandidateProfileParts on CandidateProfile {
    id
    employerId
    publicCode
    status
    consentStatus
    version
    track
    sketchStrengths
    sketchAttentionPoints
    hoursMin
    hoursMax
    homePc4
    maxTravelKm
    travelMode
    sectorsOpen
    contractTypes
    availableFrom
    contractEndDate
    supportNeeds
    targetGroups
    sharingScope
    sharedWithEmployerIds
    updatedAt
    strengths {
      skillId
      level
      evidenceNote
      skill {
        id
        labelNl
        labelEn
      }
    }
    developmentSkills {
      id
      labelNl
      labelEn
    }
  }
`);

export const CandidateQuery = graphql(`
  query Candidate($id: ID!) {
    candidateProfile(id: $id) {
      ...CandidateProfileParts
    }
  }
`);

export const RegionEmployersQuery = graphql(`
  query RegionEmployers {
    employers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateCandidateMutation = graphql(`
  mutation CreateCandidate($input: CreateCandidateInput!) {
    createCandidateProfile(input: $input) {
      ...CandidateProfileParts
    }
  }
`);

export const UpdateCandidateMutation = graphql(`
  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {
    updateCandidateProfile(id: $id, input: $input) {
      ...CandidateProfileParts
    }
  }
`);

export const ChangeCandidateStatusMutation = graphql(`
  mutation ChangeCandidateStatus($id: ID!, $status: CandidateStatus!) {
    changeCandidateStatus(id: $id, status: $status) {
      ...CandidateProfileParts
    }
  }
`);

export const RecordCandidateConsentMutation = graphql(`
  mutation RecordCandidateConsent($id: ID!, $given: Boolean!) {
    recordCandidateConsent(id: $id, given: $given) {
      ...CandidateProfileParts
    }
  }
`);
