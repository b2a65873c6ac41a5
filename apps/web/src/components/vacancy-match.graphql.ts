import { graphql } from '@web/graphql/generated';

/**
 * A vacancy matched to one candidate, as the candidate and their HR lead both read it: the vacancy, its score,
 * where the match stands and why it scores as it does.
 */
export const VacancyMatchParts = graphql(`
  fragment VacancyMatchParts on Match {
    candidateId
    vacancyId
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
    case {
      id
      state
    }
    explanation {
      ...MatchExplanationParts
    }
  }
`);
