import { graphql } from '@web/graphql/generated';

/**
 * A vacancy matched to one candidate, as the candidate and their HR lead both read it: the vacancy, its score and
 * where the match stands (why it scores as it does is read when opened: MatchExplanation).
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
  }
`);
