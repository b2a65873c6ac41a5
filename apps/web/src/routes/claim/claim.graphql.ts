import { graphql } from '@web/graphql/generated';

export const ClaimJobSeekerAccountMutation = graphql(`
  mutation ClaimJobSeekerAccount($input: ClaimJobSeekerAccountInput!) {
    claimJobSeekerAccount(input: $input) {
      expiresAt
    }
  }
`);
