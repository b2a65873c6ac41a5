import { graphql } from '@web/graphql/generated';

export const VacancyDropOutQuery = graphql(`
  query VacancyDropOut($vacancyId: ID!, $networkId: ID) {
    vacancyDropOut(vacancyId: $vacancyId, networkId: $networkId) {
      compared
      eligible
      rules {
        rule
        firstExcluded
        text {
          nl
          en
        }
      }
    }
  }
`);

export const WhyNotMatchedQuery = graphql(`
  query WhyNotMatched($candidateId: ID!, $vacancyId: ID!) {
    whyNotMatched(candidateId: $candidateId, vacancyId: $vacancyId) {
      listed
      incomplete
      summary {
        nl
        en
      }
      exclusions {
        rule
        name {
          nl
          en
        }
        explanation {
          nl
          en
        }
        remedy {
          nl
          en
        }
      }
    }
  }
`);
