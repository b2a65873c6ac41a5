import { graphql } from '@web/graphql/generated';

/** The person's own placements with the terms they agree to, and the region's employer names for the hosts. */
export const MyPlacementsQuery = graphql(`
  query MyPlacements {
    placements {
      id
      kind
      purpose
      status
      hostEmployerId
      startDate
      endDate
      hoursPerWeek
      ...PlacementTermsParts
      candidateEvaluation
    }
    employers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const PlacementConsentTextQuery = graphql(`
  query MyPlacementConsentText($placementId: ID!) {
    placementConsentText(placementId: $placementId) {
      subjectId
      employerName
      textNl
      textEn
      textVersion
    }
  }
`);

export const AgreeToPlacementMutation = graphql(`
  mutation AgreeToMyPlacement($id: ID!) {
    agreeToPlacement(id: $id) {
      id
      status
      lenderAgreed
      hostAgreed
      candidateConsented
      availableActions
      version
    }
  }
`);

export const DeclinePlacementMutation = graphql(`
  mutation DeclineMyPlacement($id: ID!, $reason: String!, $confirmPossibleNames: Boolean) {
    declinePlacement(id: $id, reason: $reason, confirmPossibleNames: $confirmPossibleNames) {
      id
      status
      availableActions
      version
    }
  }
`);

export const EvaluatePlacementMutation = graphql(`
  mutation EvaluateMyPlacement($id: ID!, $evaluation: String!, $confirmPossibleNames: Boolean) {
    evaluatePlacement(id: $id, evaluation: $evaluation, confirmPossibleNames: $confirmPossibleNames) {
      id
      candidateEvaluation
      availableActions
      version
    }
  }
`);
