import type { SystemScope } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
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
 * Counts the region's figures from the views the owning libs publish (employer_scope, candidate_region_figures,
 * candidate_track_figures, vacancy_region_figures) and stores them. Only the worker recomputes.
 */
export async function recomputeRegionStatistics(
  manager: EntityManager,
  _scope: SystemScope,
  regionCode: string,
): Promise<RegionStatisticsEntity> {
  const statistics = await countRegionStatistics(manager, regionCode);
  await manager.getRepository(RegionStatisticsEntity).upsert(statistics, ['regionCode']);
  return statistics;
}

/** The region's figures counted now from the published views, without storing them. */
export async function countRegionStatistics(
  manager: EntityManager,
  regionCode: string,
): Promise<RegionStatisticsEntity> {
  const [row]: CountsRow[] = await manager.query(
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
  return {
    regionCode,
    employers: row.employers,
    activeCandidates: row.active_candidates,
    candidatesByTrack: row.candidates_by_track ?? {},
    openVacancies: row.open_vacancies,
    openPositions: row.open_positions,
    contractsEndingWithinSixMonths: row.contracts_ending,
    computedAt: new Date(),
  };
}

/** The region's stored figures; null when none were computed yet. The caller has checked the viewer's region. */
export function storedRegionStatistics(
  manager: EntityManager,
  regionCode: string,
): Promise<RegionStatisticsEntity | null> {
  return manager.getRepository(RegionStatisticsEntity).findOneBy({ regionCode });
}

/** Every region's stored figures, by region code; a region whose figures were never computed is not among them. */
export function everyStoredRegionStatistics(manager: EntityManager): Promise<RegionStatisticsEntity[]> {
  return manager.getRepository(RegionStatisticsEntity).find({ order: { regionCode: 'ASC' } });
}
