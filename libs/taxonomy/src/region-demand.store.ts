import type { EntityManager } from 'typeorm';

/**
 * How many open vacancies of the region ask for each skill (required or nice to have), by skill id: read from the
 * vacancies lib's published views, the counts only.
 */
export async function regionSkillDemand(
  manager: EntityManager,
  regionCode: string,
): Promise<Map<string, number>> {
  const rows: { skill_id: string; n: number }[] = await manager.query(
    `SELECT vs.skill_id::text, count(DISTINCT vs.vacancy_id)::int AS n
       FROM vacancy_match_skill vs JOIN vacancy_match_profile v ON v.id = vs.vacancy_id
      WHERE v.region_code = $1 AND v.status = 'OPEN' AND vs.requirement IN ('REQUIRED', 'NICE_TO_HAVE')
      GROUP BY vs.skill_id`,
    [regionCode],
  );
  return new Map(rows.map((r) => [r.skill_id, r.n]));
}
