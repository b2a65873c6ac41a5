import { graphql } from '@web/graphql/generated';

export { MY_SUGGESTIONS_FIRST_PAGE } from '@web/session/early-answers';

export const MySuggestionsQuery = graphql(`
  query MySuggestions($first: Int!) {
    mySuggestions(first: $first) {
      totalCount
      updatedAt
      nodes {
        ...VacancyMatchParts
        vacancy {
          kind
        }
        case {
          candidateInterest
          consent
          identityDisclosed
          version
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

export const RateMatchMutation = graphql(`
  mutation RateMySuggestion($input: MatchRatingInput!) {
    rateMatch(input: $input) {
      candidateId
      vacancyId
      useful
      ratedAt
    }
  }
`);
