import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, Viewer } from '@werkbrug/core';
import { GeoService } from '@werkbrug/geo';
import { DataSource } from 'typeorm';
import type { RegionStatisticsEntity } from './region-statistics.entity';
import {
  countRegionStatistics,
  everyStoredRegionStatistics,
  recomputeRegionStatistics,
  storedRegionStatistics,
} from './region-statistics.store';
import { EveryRegionStatisticsForbiddenError, RegionStatisticsForbiddenError } from './statistics.errors';

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
    // Not computed yet — nothing has happened in the region, or the worker has not caught up: counted now (zeros
    // for a quiet region) rather than "not found". An unknown region code still says so.
    await this.geo.requireRegion(regionCode);
    return countRegionStatistics(this.dataSource.manager, regionCode);
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
