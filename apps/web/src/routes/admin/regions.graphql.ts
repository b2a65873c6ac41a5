import { graphql } from '@web/graphql/generated';

export const AdminRegionsQuery = graphql(`
  query AdminRegions {
    regions {
      code
      name
    }
  }
`);

export const AdminRegionStatisticsQuery = graphql(`
  query AdminRegionStatistics($regionCode: String!) {
    regionStatistics(regionCode: $regionCode) {
      ...RegionFiguresParts
    }
  }
`);
