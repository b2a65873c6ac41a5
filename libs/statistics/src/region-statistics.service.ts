import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, Viewer } from '@werkbrug/core';
import { DataSource } from 'typeorm';
import { RegionStatisticsEntity } from './region-statistics.entity';
import { RegionStatisticsForbiddenError, RegionStatisticsNotFoundError } from './statistics.errors';

interface CountsRow {
  employers: number;
  active_candidates: number;
  candidates_by_track: Record<string, number> | null;
  open_vacancies: number;
  open_positions: number;
  contracts_ending: number;
}

/**
 * Aggregate figures per region for the mobility team's overview. Computed by the worker after every change
 * (from current state, so repeated or reordered jobs give the same result) and read cheaply by the gateway.
 * Only counts leave this service: no figure identifies a person. The counts come from the views the owning libs
 * publish (employer_scope, candidate_region_figures, candidate_track_figures, vacancy_region_figures).
 */
@Injectable()
export class RegionStatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async recompute(regionCode: string): Promise<RegionStatisticsEntity> {
    const [row]: CountsRow[] = await this.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM employer_scope WHERE region_code = $1) AS employers,
         coalesce((SELECT active_candidates FROM candidate_region_figures WHERE region_code = $1), 0)
           AS active_candidates,
         (SELECT jsonb_object_agg(track, active_candidates) FROM candidate_track_figures WHERE region_code = $1)
           AS candidates_by_track,
         coalesce((SELECT open_vacancies FROM vacancy_region_figures WHERE region_code = $1), 0) AS open_vacancies,
         coalesce((SELECT open_positions FROM vacancy_region_figures WHERE region_code = $1), 0) AS open_positions,
         coalesce((SELECT contracts_ending FROM candidate_region_figures WHERE region_code = $1), 0)
           AS contracts_ending`,
      [regionCode],
    );
    const statistics: RegionStatisticsEntity = {
      regionCode,
      employers: row.employers,
      activeCandidates: row.active_candidates,
      candidatesByTrack: row.candidates_by_track ?? {},
      openVacancies: row.open_vacancies,
      openPositions: row.open_positions,
      contractsEndingWithinSixMonths: row.contracts_ending,
      computedAt: new Date(),
    };
    await this.dataSource.getRepository(RegionStatisticsEntity).upsert(statistics, ['regionCode']);
    return statistics;
  }

  async get(viewer: Viewer, regionCode: string): Promise<RegionStatisticsEntity> {
    const allowed =
      viewer.role === Role.ADMINISTRATOR ||
      ((viewer.role === Role.MOBILITY_TEAM || viewer.role === Role.HR_LEAD) &&
        viewer.regionCode === regionCode);
    if (!allowed) throw new RegionStatisticsForbiddenError();
    const statistics = await this.dataSource.getRepository(RegionStatisticsEntity).findOneBy({ regionCode });
    if (!statistics) throw new RegionStatisticsNotFoundError();
    return statistics;
  }
}
