import { graphql } from '@web/graphql/generated';

/** Everything the placement's page shows: the terms, the worker's proposal, the conflicts, and what happened. */
export const PlacementDetailParts = graphql(`
  fragment PlacementDetailParts on Placement {
    ...PlacementRowParts
    candidateId
    matchCaseId
    purpose
    durationWeeks
    notBefore
    ...PlacementTermsParts
    contractHoursPerWeek
    planWarnings
    planProblem
    planProblemText {
      nl
      en
    }
    hostEvaluation
    candidateEvaluation
    followUp
  }
`);

export const PlacementDetailQuery = graphql(`
  query PlacementDetail($id: ID!) {
    placement(id: $id) {
      ...PlacementDetailParts
    }
    placementHistory(id: $id) {
      event
      actorRole
      fromStatus
      toStatus
      noteText {
        nl
        en
      }
      occurredAt
    }
    employers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const AgreeToPlacementMutation = graphql(`
  mutation AgreeToPlacement($id: ID!) {
    agreeToPlacement(id: $id) {
      ...PlacementDetailParts
    }
  }
`);

export const DeclinePlacementMutation = graphql(`
  mutation DeclinePlacement($id: ID!, $reason: String!, $confirmPossibleNames: Boolean) {
    declinePlacement(id: $id, reason: $reason, confirmPossibleNames: $confirmPossibleNames) {
      ...PlacementDetailParts
    }
  }
`);

export const CancelPlacementMutation = graphql(`
  mutation CancelPlacement($id: ID!, $reason: String!, $confirmPossibleNames: Boolean) {
    cancelPlacement(id: $id, reason: $reason, confirmPossibleNames: $confirmPossibleNames) {
      ...PlacementDetailParts
    }
  }
`);

export const StartPlacementMutation = graphql(`
  mutation StartPlacement($id: ID!) {
    startPlacement(id: $id) {
      ...PlacementDetailParts
    }
  }
`);

export const EndPlacementMutation = graphql(`
  mutation EndPlacement($id: ID!, $note: String, $confirmPossibleNames: Boolean) {
    endPlacement(id: $id, note: $note, confirmPossibleNames: $confirmPossibleNames) {
      ...PlacementDetailParts
    }
  }
`);

export const EvaluatePlacementMutation = graphql(`
  mutation EvaluatePlacement($id: ID!, $evaluation: String!, $confirmPossibleNames: Boolean) {
    evaluatePlacement(id: $id, evaluation: $evaluation, confirmPossibleNames: $confirmPossibleNames) {
      ...PlacementDetailParts
    }
  }
`);

export const PlacementFollowUpMutation = graphql(`
  mutation PlacementFollowUp($id: ID!, $followUp: PlacementFollowUp!, $hire: HireTermsInput) {
    recordPlacementFollowUp(id: $id, followUp: $followUp, hire: $hire) {
      ...PlacementDetailParts
    }
  }
`);

export const ChangePlacementTermsMutation = graphql(`
  mutation ChangePlacementTerms($id: ID!, $input: ChangePlacementTermsInput!) {
    changePlacementTerms(id: $id, input: $input) {
      ...PlacementDetailParts
    }
  }
`);

export const ProposePlacementFromMatchMutation = graphql(`
  mutation ProposePlacementFromMatch($matchCaseId: ID!, $input: PlacementTermsInput!) {
    proposePlacementFromMatch(matchCaseId: $matchCaseId, input: $input) {
      id
      status
    }
  }
`);

export const RecordPlacementConsentMutation = graphql(`
  mutation RecordPlacementConsent($placementId: ID!, $input: RecordConsentStatementInput!) {
    recordPlacementConsentStatement(placementId: $placementId, input: $input) {
      id
    }
  }
`);
