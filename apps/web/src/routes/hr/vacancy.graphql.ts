import { graphql } from '@web/graphql/generated';

export const VacancyParts = graphql(`
  fragment VacancyParts on Vacancy {
    id
    version
    title
    description
    kind
    status
    contractType
    contractDurationMonths
    hoursMin
    hoursMax
    locationPc4
    positions
    startDate
    workDays
    shifts
    requiredSkills {
      id
      labelNl
      labelEn
    }
    niceToHaveSkills {
      id
      labelNl
      labelEn
    }
    trainedOnTheJobSkills {
      id
      labelNl
      labelEn
    }
  }
`);

export const VacancyQuery = graphql(`
  query Vacancy($id: ID!) {
    vacancy(id: $id) {
      ...VacancyParts
    }
  }
`);

export const CreateVacancyMutation = graphql(`
  mutation CreateVacancy($input: CreateVacancyInput!) {
    createVacancy(input: $input) {
      ...VacancyParts
    }
  }
`);

export const UpdateVacancyMutation = graphql(`
  mutation UpdateVacancy($id: ID!, $input: UpdateVacancyInput!) {
    updateVacancy(id: $id, input: $input) {
      ...VacancyParts
    }
  }
`);

export const ChangeVacancyStatusMutation = graphql(`
  mutation ChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {
    changeVacancyStatus(id: $id, status: $status) {
      ...VacancyParts
    }
  }
`);

export const RespondAsEmployerMutation = graphql(`
  mutation RespondAsEmployer($input: MatchResponseInput!) {
    respondToMatchAsEmployer(input: $input) {
      id
      state
      employerInterest
      employerReason
    }
  }
`);
