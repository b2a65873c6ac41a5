import type { Sector } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

export interface SectorShortageCounts {
  readonly sector: Sector;
  readonly openVacancies: number;
  readonly openPositions: number;
  /** Active candidates open to the sector (a candidate open to every sector counts for each). */
  readonly activeCandidates: number;
}

/** Per sector of the hiring employers: the open vacancies and positions, and the active candidates open to it. */
export async function sectorShortageCounts(
  manager: EntityManager,
  regionCode: string,
): Promise<SectorShortageCounts[]> {
  const rows: {
    sector: Sector;
    open_vacancies: number;
    open_positions: number;
    active_candidates: number;
  }[] = await manager.query(
    `WITH open_work AS (
         SELECT e.sector, count(*)::int AS open_vacancies, sum(v.positions)::int AS open_positions
           FROM vacancy_shortage_scope v JOIN employer_sector e ON e.employer_id = v.employer_id
          WHERE v.region_code = $1
          GROUP BY e.sector)
       SELECT w.sector, w.open_vacancies, w.open_positions,
              (SELECT count(*)::int FROM candidate_match_profile c
                WHERE c.region_code = $1 AND c.status = 'ACTIVE'
                  AND (cardinality(c.sectors_open) = 0 OR w.sector = ANY (c.sectors_open))) AS active_candidates
         FROM open_work w
        ORDER BY w.open_positions DESC, w.sector`,
    [regionCode],
  );
  return rows.map((r) => ({
    sector: r.sector,
    openVacancies: r.open_vacancies,
    openPositions: r.open_positions,
    activeCandidates: r.active_candidates,
  }));
}

export interface SkillShortageCounts {
  readonly skillId: string;
  readonly openVacancies: number;
  readonly openPositions: number;
  /** Active candidates with the skill among their strengths. */
  readonly activeCandidates: number;
}

/** The skills open vacancies require most (by positions), with the active candidates who have them. */
export async function skillShortageCounts(
  manager: EntityManager,
  regionCode: string,
  limit: number,
): Promise<SkillShortageCounts[]> {
  const rows: {
    skill_id: string;
    open_vacancies: number;
    open_positions: number;
    active_candidates: number;
  }[] = await manager.query(
    `WITH asked AS (
         SELECT s.skill_id, count(*)::int AS open_vacancies, sum(v.positions)::int AS open_positions
           FROM vacancy_shortage_scope v
           JOIN vacancy_match_skill s ON s.vacancy_id = v.vacancy_id AND s.requirement = 'REQUIRED'
          WHERE v.region_code = $1
          GROUP BY s.skill_id
          ORDER BY open_positions DESC, open_vacancies DESC, s.skill_id
          LIMIT $2)
       SELECT a.skill_id, a.open_vacancies, a.open_positions,
              (SELECT count(*)::int FROM candidate_match_strength cs
                 JOIN candidate_match_profile c ON c.id = cs.candidate_id
                WHERE cs.skill_id = a.skill_id AND c.region_code = $1 AND c.status = 'ACTIVE') AS active_candidates
         FROM asked a
        ORDER BY a.open_positions DESC, a.open_vacancies DESC, a.skill_id`,
    [regionCode, limit],
  );
  return rows.map((r) => ({
    skillId: r.skill_id,
    openVacancies: r.open_vacancies,
    openPositions: r.open_positions,
    activeCandidates: r.active_candidates,
  }));
}

/** The region's active candidates: the total every shortage line is a part of. */
export async function activeCandidateCount(manager: EntityManager, regionCode: string): Promise<number> {
  const [row]: { n: number }[] = await manager.query(
    `SELECT count(*)::int AS n FROM candidate_match_profile WHERE region_code = $1 AND status = 'ACTIVE'`,
    [regionCode],
  );
  return row.n;
}
