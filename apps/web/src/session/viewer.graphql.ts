import { graphql } from '@web/graphql/generated';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      role
      employerId
      candidateId
      regionCode
    }
  }
`);
