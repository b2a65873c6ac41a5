import { Args, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { RegionStatisticsService, trackCountsFor, type RegionStatisticsEntity } from '@werkbrug/statistics';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { RegionStatistics } from './models/region-statistics.model';

function toModel(viewer: Viewer, s: RegionStatisticsEntity): RegionStatistics {
  return { ...s, activeCandidatesByTrack: trackCountsFor(viewer, s.candidatesByTrack) };
}

@Resolver()
export class StatisticsResolver {
  constructor(private readonly statistics: RegionStatisticsService) {}

  @Query(() => RegionStatistics)
  async regionStatistics(
    @CurrentViewer() viewer: Viewer,
    @Args('regionCode') regionCode: string,
  ): Promise<RegionStatistics> {
    return toModel(viewer, await this.statistics.get(viewer, regionCode));
  }

  @Query(() => [RegionStatistics], {
    description:
      'Administrators: every region whose figures the worker has computed, by region code (a region where nothing ' +
      'was recorded yet is absent)',
  })
  async everyRegionStatistics(@CurrentViewer() viewer: Viewer): Promise<RegionStatistics[]> {
    return (await this.statistics.everyRegion(viewer)).map((s) => toModel(viewer, s));
  }
}
