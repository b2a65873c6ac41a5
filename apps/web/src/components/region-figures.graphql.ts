import { graphql } from '@web/graphql/generated';

export const RegionFiguresParts = graphql(`
  fragment RegionFiguresParts on RegionStatistics {
    regionCode
    activeCandidates
    activeCandidatesByTrack {
      track
      count
    }
    contractsEndingWithinSixMonths
    employers
    openVacancies
    openPositions
    computedAt
  }
`);
