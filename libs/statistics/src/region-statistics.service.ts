import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, Viewer } from '@werkbrug/core';
import { GeoService } from '@werkbrug/geo';
import { DataSource } from 'typeorm';
import type { RegionStatisticsEntity } from './region-statistics.entity';
import {
  everyStoredRegionStatistics,
  recomputeRegionStatistics,
  storedRegionStatistics,
} from './region-statistics.store';
import { EveryRegionStatisticsForbiddenError, RegionStatisticsForbiddenError } from './statistics.errors';

/** The figures of a region where nothing has happened yet, as of now. */
function emptyRegionStatistics(regionCode: string): RegionStatisticsEntity {
  return {
    regionCode,
    employers: 0,
    activeCandidates: 0,
    candidatesByTrack: {},
    openVacancies: 0,
    openPositions: 0,
    contractsEndingWithinSixMonths: 0,
    computedAt: new Date(),
  };
}

/**
 * Aggregate figures per region for the mobility team's overview. Computed by the worker after every change
 * (from current state, so repeated or reordered jobs give the same result) and read cheaply by the gateway.
 * Only counts leave this service: no figure identifies a person.
 */
@Injectable()
export class RegionStatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly geo: GeoService,
  ) {}

  async recompute(regionCode: string): Promise<RegionStatisticsEntity> {
    return recomputeRegionStatistics(this.dataSource.manager, { system: 'worker' }, regionCode);
  }

  async get(viewer: Viewer, regionCode: string): Promise<RegionStatisticsEntity> {
    const allowed =
      viewer.role === Role.ADMINISTRATOR ||
      ((viewer.role === Role.MOBILITY_TEAM || viewer.role === Role.HR_LEAD) &&
        viewer.regionCode === regionCode);
    if (!allowed) throw new RegionStatisticsForbiddenError();
    const statistics = await storedRegionStatistics(this.dataSource.manager, regionCode);
    if (statistics) return statistics;
    // Nothing has happened in the region yet, so nothing was computed: that is zeros, not a missing region. An
    // unknown region code still says so.
    await this.geo.requireRegion(regionCode);
    return emptyRegionStatistics(regionCode);
  }

  /**
   * Every region's figures side by side, for administrators, who oversee all regions (one request instead of one
   * per region). Counts only, as for a single region.
   */
  async everyRegion(viewer: Viewer): Promise<RegionStatisticsEntity[]> {
    if (viewer.role !== Role.ADMINISTRATOR) throw new EveryRegionStatisticsForbiddenError();
    return everyStoredRegionStatistics(this.dataSource.manager);
  }
}
