import { graphql } from '@web/graphql/generated';

export const AdminEmployerParts = graphql(`
  fragment AdminEmployerParts on Employer {
    id
    name
    sector
    regionCode
    createdAt
    locations {
      pc4
      label
    }
  }
`);

export const AdminEmployersQuery = graphql(`
  query AdminEmployers($regionCode: String, $after: String) {
    regions {
      code
      name
    }
    employers(first: 50, regionCode: $regionCode, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AdminEmployerParts
      }
    }
  }
`);

export const CreateEmployerMutation = graphql(`
  mutation AdminCreateEmployer($input: CreateEmployerInput!) {
    createEmployer(input: $input) {
      ...AdminEmployerParts
    }
  }
`);

export const UpdateEmployerMutation = graphql(`
  mutation AdminUpdateEmployer($id: ID!, $input: UpdateEmployerInput!) {
    updateEmployer(id: $id, input: $input) {
      ...AdminEmployerParts
    }
  }
`);
