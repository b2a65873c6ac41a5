import { Args, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { RegionStatisticsService, trackCountsFor } from '@werkbrug/statistics';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { RegionStatistics } from './models/region-statistics.model';

@Resolver()
export class StatisticsResolver {
  constructor(private readonly statistics: RegionStatisticsService) {}

  @Query(() => RegionStatistics)
  async regionStatistics(
    @CurrentViewer() viewer: Viewer,
    @Args('regionCode') regionCode: string,
  ): Promise<RegionStatistics> {
    const s = await this.statistics.get(viewer, regionCode);
    return {
      ...s,
      activeCandidatesByTrack: trackCountsFor(viewer, s.candidatesByTrack),
    };
  }
}
