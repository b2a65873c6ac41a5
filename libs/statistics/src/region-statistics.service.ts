import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, NotFoundError, Role, Viewer } from '@werkbrug/core';
import { DataSource } from 'typeorm';
import { RegionStatisticsEntity } from './region-statistics.entity';

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
 * Only counts leave this service: no figure identifies a person.
 */
@Injectable()
export class RegionStatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async recompute(regionCode: string): Promise<RegionStatisticsEntity> {
    const [row]: CountsRow[] = await this.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM employer WHERE region_code = $1) AS employers,
         (SELECT count(*)::int FROM candidate_profile WHERE region_code = $1 AND status = 'ACTIVE') AS active_candidates,
         (SELECT jsonb_object_agg(track, n) FROM (
            SELECT track, count(*)::int AS n FROM candidate_profile
            WHERE region_code = $1 AND status = 'ACTIVE' GROUP BY track) t) AS candidates_by_track,
         (SELECT count(*)::int FROM vacancy WHERE region_code = $1 AND status = 'OPEN') AS open_vacancies,
         (SELECT coalesce(sum(positions), 0)::int FROM vacancy WHERE region_code = $1 AND status = 'OPEN') AS open_positions,
         (SELECT count(*)::int FROM candidate_profile
            WHERE region_code = $1 AND status IN ('ACTIVE', 'PAUSED')
              AND contract_end_date BETWEEN current_date AND current_date + interval '6 months') AS contracts_ending`,
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
    if (!allowed) throw new ForbiddenError();
    const statistics = await this.dataSource.getRepository(RegionStatisticsEntity).findOneBy({ regionCode });
    if (!statistics) throw new NotFoundError('Region statistics', 'Regiocijfers');
    return statistics;
  }
}
