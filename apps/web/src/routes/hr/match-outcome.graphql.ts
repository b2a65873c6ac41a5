import { graphql } from '@web/graphql/generated';

export const RecordMatchOutcomeMutation = graphql(`
  mutation RecordMatchOutcome(
    $matchCaseId: ID!
    $outcome: MatchOutcome!
    $note: String
    $hire: HireTermsInput
    $confirmPossibleNames: Boolean
  ) {
    recordMatchOutcome(
      matchCaseId: $matchCaseId
      outcome: $outcome
      note: $note
      hire: $hire
      confirmPossibleNames: $confirmPossibleNames
    ) {
      id
      state
      outcome
      outcomeNote
    }
  }
`);

export const PartTimeCombinationsQuery = graphql(`
  query PartTimeCombinations($candidateId: ID!) {
    partTimeCombinations(candidateId: $candidateId, limit: 5) {
      score
      hoursMin
      hoursMax
      offeredHoursMin
      offeredHoursMax
      reason
      bestSingleScore
      explanation {
        nl
        en
      }
      parts {
        share
        score
        vacancy {
          id
          title
          hoursMin
          hoursMax
          employer {
            id
            name
          }
        }
      }
    }
  }
`);
