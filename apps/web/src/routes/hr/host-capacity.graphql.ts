import { graphql } from '@web/graphql/generated';

/** The own employer's declared host capacity, and the placements it hosts, to show what is in use. */
export const HostCapacityQuery = graphql(`
  query HostCapacity {
    hostCapacity {
      id
      from
      to
      hoursPerWeek
    }
    placements {
      id
      status
      hostEmployerId
      startDate
      endDate
      hoursPerWeek
    }
  }
`);

export const DeclareHostCapacityMutation = graphql(`
  mutation DeclareHostCapacity($input: HostCapacityInput!) {
    declareHostCapacity(input: $input) {
      id
      from
      to
      hoursPerWeek
    }
  }
`);
