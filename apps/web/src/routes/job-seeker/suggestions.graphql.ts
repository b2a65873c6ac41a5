import { graphql } from '@web/graphql/generated';

export const MySuggestionsQuery = graphql(`
  query MySuggestions($first: Int!) {
    mySuggestions(first: $first) {
      totalCount
      updatedAt
      nodes {
        candidateId
        vacancyId
        score
        vacancy {
          id
          title
          hoursMin
          hoursMax
          kind
          employer {
            id
            name
          }
        }
        case {
          id
          state
          candidateInterest
          consent
          identityDisclosed
          version
        }
        explanation {
          ...MatchExplanationParts
        }
      }
    }
  }
`);

export const RespondToMatchMutation = graphql(`
  mutation RespondToMatch($input: MatchResponseInput!) {
    respondToMatchAsCandidate(input: $input) {
      id
      state
      candidateInterest
      consent
      identityDisclosed
      version
    }
  }
`);
