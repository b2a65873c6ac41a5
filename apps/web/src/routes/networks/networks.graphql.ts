import { graphql } from '@web/graphql/generated';

export const NetworkParts = graphql(`
  fragment NetworkParts on EmployerNetwork {
    id
    name
    description
    regionCode
    minimumCommitmentMonths
    reminderAfterDays
    myStatus
    seesRequests
    members {
      employerId
      employerName
      status
      commitmentStart
      commitmentEnd
      contactName
      contactPhone
      contactEmail
    }
  }
`);

export const NetworksQuery = graphql(`
  query EmployerNetworks {
    employerNetworks {
      ...NetworkParts
    }
  }
`);

export const NetworkEmployersQuery = graphql(`
  query NetworkEmployers {
    employers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateNetworkMutation = graphql(`
  mutation CreateEmployerNetwork($input: EmployerNetworkInput!, $confirm: Boolean) {
    createEmployerNetwork(input: $input, confirmPossibleNames: $confirm) {
      ...NetworkParts
    }
  }
`);

export const CollegialRequestParts = graphql(`
  fragment CollegialRequestParts on CollegialRequest {
    id
    employerId
    employerName
    candidateId
    candidatePublicCode
    sought
    startFrom
    durationMonths
    hoursPerWeek
    lenderOffer
    note
    status
    createdAt
    closedAt
    closingNote
    hoursToFirstAnswer
    recipients {
      employerId
      employerName
      answered
    }
    answers {
      employerId
      employerName
      kind
      vacancyId
      note
      answeredAt
      placement {
        id
        status
        startDate
      }
    }
  }
`);

export const NetworkQuery = graphql(`
  query EmployerNetwork($id: ID!) {
    employerNetwork(id: $id) {
      ...NetworkParts
    }
  }
`);

/**
 * The requests and the review read these: a mutation that names them (an answer, a placement made of an offer, a
 * member's notes) has both asked again.
 */
export const NETWORK_CHANGES = { additionalTypenames: ['CollegialRequest', 'NetworkReviewNote'] };

/**
 * Asked once the network says the viewer may read them (an active member or the team): the requests and the
 * review of the current quarter, in one request (the page makes at most three on load).
 */
export const CollegialRequestsQuery = graphql(`
  query CollegialRequests($networkId: ID!, $from: LocalDate!, $to: LocalDate!) {
    collegialRequests(networkId: $networkId) {
      ...CollegialRequestParts
    }
    networkReview(networkId: $networkId, from: $from, to: $to) {
      ...NetworkReviewParts
    }
  }
`);

export const JoinNetworkMutation = graphql(`
  mutation JoinEmployerNetwork($networkId: ID!, $commitment: NetworkCommitmentInput!) {
    joinEmployerNetwork(networkId: $networkId, commitment: $commitment) {
      ...NetworkParts
    }
  }
`);

export const InviteToNetworkMutation = graphql(`
  mutation InviteToEmployerNetwork($networkId: ID!, $employerIds: [ID!]!) {
    inviteToEmployerNetwork(networkId: $networkId, employerIds: $employerIds) {
      ...NetworkParts
    }
  }
`);

export const LeaveNetworkMutation = graphql(`
  mutation LeaveEmployerNetwork($networkId: ID!) {
    leaveEmployerNetwork(networkId: $networkId)
  }
`);

export const OwnCandidatesQuery = graphql(`
  query NetworkOwnCandidates {
    candidateProfiles(first: 100, ownership: OWN) {
      nodes {
        id
        publicCode
      }
    }
  }
`);

export const CreateCollegialRequestMutation = graphql(`
  mutation CreateCollegialRequest($input: CollegialRequestInput!, $confirm: Boolean) {
    createCollegialRequest(input: $input, confirmPossibleNames: $confirm) {
      ...CollegialRequestParts
    }
  }
`);

export const AnswerCollegialRequestMutation = graphql(`
  mutation AnswerCollegialRequest($requestId: ID!, $answer: CollegialAnswerInput!, $confirm: Boolean) {
    answerCollegialRequest(requestId: $requestId, answer: $answer, confirmPossibleNames: $confirm) {
      ...CollegialRequestParts
    }
  }
`);

export const CloseCollegialRequestMutation = graphql(`
  mutation CloseCollegialRequest($requestId: ID!, $note: String!) {
    closeCollegialRequest(requestId: $requestId, note: $note) {
      ...CollegialRequestParts
    }
  }
`);

export const OwnOpenVacanciesQuery = graphql(`
  query NetworkOwnVacancies($employerId: ID!) {
    vacancies(first: 100, status: OPEN, employerId: $employerId) {
      nodes {
        id
        title
      }
    }
  }
`);

export const ProposePlacementFromOfferMutation = graphql(`
  mutation ProposePlacementFromCollegialOffer(
    $requestId: ID!
    $offeringEmployerId: ID!
    $kind: PlacementKind!
    $input: PlacementTermsInput!
  ) {
    proposePlacementFromCollegialOffer(
      requestId: $requestId
      offeringEmployerId: $offeringEmployerId
      kind: $kind
      input: $input
    ) {
      ...CollegialRequestParts
    }
  }
`);
