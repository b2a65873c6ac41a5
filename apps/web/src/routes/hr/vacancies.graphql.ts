import { graphql } from '@web/graphql/generated';

export const OwnVacanciesQuery = graphql(`
  query OwnVacancies($employerId: ID!, $first: Int!) {
    vacancies(employerId: $employerId, first: $first) {
      totalCount
      nodes {
        id
        title
        kind
        status
        hoursMin
        hoursMax
      }
    }
  }
`);

export const VacancyMatchesQuery = graphql(`
  query VacancyMatches($vacancyId: ID!, $first: Int!, $networkId: ID) {
    vacancy(id: $vacancyId) {
      id
      title
    }
    vacancyMatches(vacancyId: $vacancyId, first: $first, networkId: $networkId) {
      totalCount
      nodes {
        candidateId
        vacancyId
        score
        candidate {
          id
          publicCode
          hoursMin
          hoursMax
        }
        case {
          id
          state
          employerInterest
          employerReason
          candidateInterest
          outcome
          outcomeNote
        }
      }
    }
  }
`);
