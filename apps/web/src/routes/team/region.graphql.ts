import { graphql } from '@web/graphql/generated';

/**
 * The page's figures, the choices under the region's mobility plans, its latest rematch and the networks the
 * matches may be scoped to in one request (the matches list pages on its own).
 */
export const RegionOverviewQuery = graphql(`
  query TeamRegionOverview($regionCode: String!) {
    employerNetworks {
      ...NetworkChoiceParts
    }
    latestRematchRun {
      ...RematchRunParts
    }
    regionStatistics(regionCode: $regionCode) {
      ...RegionFiguresParts
    }
    regionMobilityPlanFigures(regionCode: $regionCode) {
      ...RegionPlanFiguresParts
    }
  }
`);

export const RematchRunParts = graphql(`
  fragment RematchRunParts on RematchRun {
    id
    status
    progress
    requestedAt
    finishedAt
    candidates
    vacancies
    pairsScored
  }
`);

export const LatestRematchRunQuery = graphql(`
  query TeamLatestRematchRun {
    latestRematchRun {
      ...RematchRunParts
    }
  }
`);

export const StartRegionRematchMutation = graphql(`
  mutation TeamStartRegionRematch {
    startRegionRematch {
      ...RematchRunParts
    }
  }
`);

export const RegionMatchesQuery = graphql(`
  query TeamRegionMatches($filter: RegionMatchFilterInput, $first: Int, $after: String) {
    regionMatches(filter: $filter, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes {
        candidateId
        vacancyId
        score
        candidate {
          id
          publicCode
          track
        }
        vacancy {
          id
          title
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
    }
  }
`);
