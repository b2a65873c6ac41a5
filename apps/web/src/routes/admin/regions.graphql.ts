import { graphql } from '@web/graphql/generated';

export const AdminRegionsQuery = graphql(`
  query AdminRegions {
    regions {
      code
      name
    }
  }
`);

export const AdminEveryRegionStatisticsQuery = graphql(`
  query AdminEveryRegionStatistics {
    everyRegionStatistics {
      ...RegionFiguresParts
    }
  }
`);
