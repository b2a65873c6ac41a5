import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Sector, SystemScope } from '@werkbrug/core';
import type { CandidateFeatures, SkillSpace, VacancyFeatures } from '@werkbrug/matching-core';
import { DataSource, EntityManager } from 'typeorm';
import { matchableCandidate } from '@werkbrug/candidates/matchable-candidates.store';
import { candidateFeatures, vacancyFeatures, type CandidateRow, type VacancyRow } from './feature-rows';
import { requireSystemScope } from './system-scope';

/** When a member's row last changed (epoch milliseconds), and for a vacancy its employer's sector. */
export interface MemberVersion {
  readonly at: number;
  readonly employerSector?: Sector;
}

/** A loaded row with the moment it last changed, so a cache can tell what to refresh. */
export interface Loaded<T> {
  readonly features: T;
  readonly updatedAt: Date;
}

// Id lists come as comma-separated text, not arrays: splitting a string is several times cheaper than the
// driver's array parser, and a rematch reads some 300,000 ids. Only work-related columns: the identity table is never read here, so protected traits cannot reach the model.
// The other libs' rows come through the views they publish for matching (migration 1769920000000-MatchingViews):
// plain column views, which the planner inlines, so each load stays one statement with the plan it had.
const CANDIDATE_SELECT = `
  SELECT c.id, c.employer_id, c.region_code, c.status, c.consent_status, c.sharing_scope,
    (SELECT string_agg(e.employer_id::text, ',') FROM candidate_match_sharing e WHERE e.candidate_id = c.id) AS shared_with,
    s.skills AS strength_skills, s.levels AS strength_levels,
    (SELECT string_agg(d.skill_id::text, ',') FROM candidate_match_development_skill d WHERE d.candidate_id = c.id) AS development_skills,
    (SELECT string_agg(sd.occupation_id::text, ',' ORDER BY sd.position)
       FROM candidate_match_search_direction sd WHERE sd.candidate_id = c.id) AS search_directions,
    c.hours_min, c.hours_max, p.latitude, p.longitude, c.max_travel_km, c.travel_mode, c.sectors_open,
    c.contract_types, c.available_from::text, c.contract_end_date::text, c.track, c.support_needs, c.updated_at
  FROM candidate_match_profile c
  LEFT JOIN postcode_location p ON p.pc4 = c.home_pc4
  LEFT JOIN LATERAL (
    SELECT string_agg(st.skill_id::text, ',' ORDER BY st.skill_id) AS skills,
      string_agg(st.level::text, ',' ORDER BY st.skill_id) AS levels
    FROM candidate_match_strength st WHERE st.candidate_id = c.id
  ) s ON true`;

const VACANCY_SELECT = `
  SELECT v.id, v.employer_id, e.sector AS employer_sector, v.region_code, v.status,
    k.required, k.nice, k.trained, p.latitude, p.longitude, v.hours_min, v.hours_max, v.contract_type,
    v.start_date::text, v.kind, v.work_days, v.shifts, v.esco_occupation_id, v.updated_at
  FROM vacancy_match_profile v
  JOIN employer_sector e ON e.employer_id = v.employer_id
  LEFT JOIN postcode_location p ON p.pc4 = v.location_pc4
  LEFT JOIN LATERAL (
    SELECT string_agg(vs.skill_id::text, ',' ORDER BY vs.skill_id) FILTER (WHERE vs.requirement = 'REQUIRED') AS required,
           string_agg(vs.skill_id::text, ',' ORDER BY vs.skill_id) FILTER (WHERE vs.requirement = 'NICE_TO_HAVE') AS nice,
           string_agg(vs.skill_id::text, ',' ORDER BY vs.skill_id) FILTER (WHERE vs.requirement = 'TRAINED_ON_THE_JOB') AS trained
    FROM vacancy_match_skill vs WHERE vs.vacancy_id = v.id
  ) k ON true`;

/** Lower than every uuid: where paging by id starts, and a rematch's first chunk. */
export const MIN_UUID = '00000000-0000-0000-0000-000000000000';

/** What a full rematch fixes before anyone scores, read without loading the region's features. */
export interface RegionOutline {
  /** Active candidates who consent to share, by id: the chunks are ranges of these. */
  readonly candidateIds: string[];
  readonly activeCandidates: number;
  /** Open vacancies, complete or not: the documents of the skill specificity. */
  readonly openVacancies: number;
  /** Per ESCO skill id the space knows, how many open vacancies ask for it (required or nice to have). */
  readonly skillFrequencies: Record<string, number>;
}

/**
 * Reads candidates and vacancies as the scoring model's features. Lists are ordered by id, so the model's
 * tie-break (lower index first) is the same in every process and every chunk of a rematch.
 *
 * Whole-region reads are the worker's and take its system scope. The reads by id serve the API too, for pairs
 * and candidates the calling service has already shown the viewer may see; their statements stay unscoped so the
 * worker's hot path keeps its plans.
 */
@Injectable()
export class FeatureLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The region's candidates changed after `since`, whatever their status: a refresh must also learn who paused
   * or withdrew. Full loads go by pages (`regionPages`).
   */
  async candidatesChangedSince(
    scope: SystemScope,
    space: SkillSpace,
    regionCode: string,
    since: Date,
  ): Promise<Loaded<CandidateFeatures>[]> {
    requireSystemScope(scope);
    const rows: CandidateRow[] = await this.dataSource.query(
      `${CANDIDATE_SELECT} WHERE c.region_code = $1 AND c.updated_at > $2 ORDER BY c.id`,
      [regionCode, since],
    );
    return rows.map((row) => ({ features: candidateFeatures(space, row), updatedAt: row.updated_at }));
  }

  /**
   * The ids of the region's matchable-status candidates (or open vacancies) as stored now: what a copy of the
   * region checks its members against, so nobody stays in it who left without a changed row (erased, moved).
   */
  async regionMemberIds(
    scope: SystemScope,
    side: 'CANDIDATE' | 'VACANCY',
    regionCode: string,
  ): Promise<string[]> {
    requireSystemScope(scope);
    const rows: { id: string }[] = await this.dataSource.query(
      side === 'CANDIDATE'
        ? `SELECT c.id::text AS id FROM candidate_match_profile c WHERE c.region_code = $1 AND ${matchableCandidate('c')}`
        : `SELECT v.id::text AS id FROM vacancy_match_profile v WHERE v.region_code = $1 AND v.status = 'OPEN'`,
      [regionCode],
    );
    return rows.map((r) => r.id);
  }

  /** All matchable-status candidates (or open vacancies) of a region, in pages by id, each with its version. */
  async *regionPages(
    scope: SystemScope,
    side: 'CANDIDATE' | 'VACANCY',
    space: SkillSpace,
    regionCode: string,
    pageSize = 5000,
  ): AsyncGenerator<Loaded<CandidateFeatures>[] | Loaded<VacancyFeatures>[]> {
    requireSystemScope(scope);
    let after = MIN_UUID;
    for (;;) {
      const page =
        side === 'CANDIDATE'
          ? (
              await this.dataSource.query<CandidateRow[]>(
                `${CANDIDATE_SELECT} WHERE c.region_code = $1 AND ${matchableCandidate('c')}
                   AND c.id > $2 ORDER BY c.id LIMIT ${pageSize}`,
                [regionCode, after],
              )
            ).map((row) => ({ features: candidateFeatures(space, row), updatedAt: row.updated_at }))
          : (
              await this.dataSource.query<VacancyRow[]>(
                `${VACANCY_SELECT} WHERE v.region_code = $1 AND v.status = 'OPEN' AND v.id > $2
                 ORDER BY v.id LIMIT ${pageSize}`,
                [regionCode, after],
              )
            ).map((row) => ({ features: vacancyFeatures(space, row), updatedAt: row.updated_at }));
      if (page.length > 0) yield page;
      if (page.length < pageSize) return;
      after = page[page.length - 1].features.id;
    }
  }

  /**
   * Every matchable-status candidate (or open vacancy) of the region with when its row last changed, in
   * milliseconds as a Date of `updated_at` holds it: a kept copy compares these with what it read, and so learns
   * exactly who left, who came and who changed, whatever the watermark missed. A vacancy also names its
   * employer's sector, which scoring reads from the employer's row: changing it moves no `updated_at` here.
   */
  async regionMemberVersions(
    scope: SystemScope,
    side: 'CANDIDATE' | 'VACANCY',
    regionCode: string,
  ): Promise<Map<string, MemberVersion>> {
    requireSystemScope(scope);
    const version = (alias: string) => `floor(extract(epoch FROM ${alias}.updated_at) * 1000)::float8 AS at`;
    const rows: { id: string; at: number; employer_sector?: Sector }[] = await this.dataSource.query(
      side === 'CANDIDATE'
        ? `SELECT c.id::text AS id, ${version('c')} FROM candidate_match_profile c
           WHERE c.region_code = $1 AND ${matchableCandidate('c')}`
        : `SELECT v.id::text AS id, ${version('v')}, e.sector AS employer_sector FROM vacancy_match_profile v
           JOIN employer_sector e ON e.employer_id = v.employer_id
           WHERE v.region_code = $1 AND v.status = 'OPEN'`,
      [regionCode],
    );
    return new Map(rows.map((r) => [r.id, { at: r.at, employerSector: r.employer_sector }]));
  }

  /** Matchable-status candidates of the region with first <= id < last (a rematch chunk's range). */
  async candidatesInRange(
    scope: SystemScope,
    space: SkillSpace,
    regionCode: string,
    first: string,
    last: string | null,
  ): Promise<CandidateFeatures[]> {
    requireSystemScope(scope);
    const rows: CandidateRow[] = await this.dataSource.query(
      `${CANDIDATE_SELECT} WHERE c.region_code = $1 AND ${matchableCandidate('c')}
         AND c.id >= $2 AND ($3::uuid IS NULL OR c.id < $3) ORDER BY c.id`,
      [regionCode, first, last],
    );
    return rows.map((row) => candidateFeatures(space, row));
  }

  async regionVacancies(
    space: SkillSpace,
    regionCode: string,
    since?: Date,
  ): Promise<Loaded<VacancyFeatures>[]> {
    const rows: VacancyRow[] = since
      ? await this.dataSource.query(
          `${VACANCY_SELECT} WHERE v.region_code = $1 AND v.updated_at > $2 ORDER BY v.id`,
          [regionCode, since],
        )
      : await this.dataSource.query(
          `${VACANCY_SELECT} WHERE v.region_code = $1 AND v.status = 'OPEN' ORDER BY v.id`,
          [regionCode],
        );
    return rows.map((row) => ({ features: vacancyFeatures(space, row), updatedAt: row.updated_at }));
  }

  /** A few aggregate queries, so every worker process can start loading and scoring at once. */
  async regionOutline(scope: SystemScope, space: SkillSpace, regionCode: string): Promise<RegionOutline> {
    requireSystemScope(scope);
    const [candidates, vacancies, skills] = await Promise.all([
      this.dataSource.query<{ id: string }[]>(
        `SELECT id::text FROM candidate_match_profile
         WHERE region_code = $1 AND ${matchableCandidate('')} ORDER BY id`,
        [regionCode],
      ),
      this.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM vacancy_match_profile WHERE region_code = $1 AND status = 'OPEN'`,
        [regionCode],
      ),
      this.dataSource.query<{ skill_id: string; n: number }[]>(
        `SELECT vs.skill_id::text, count(*)::int AS n
         FROM vacancy_match_skill vs JOIN vacancy_match_profile v ON v.id = vs.vacancy_id
         WHERE v.region_code = $1 AND v.status = 'OPEN' AND vs.requirement IN ('REQUIRED', 'NICE_TO_HAVE')
         GROUP BY vs.skill_id ORDER BY vs.skill_id`,
        [regionCode],
      ),
    ]);
    const skillFrequencies: Record<string, number> = {};
    for (const { skill_id, n } of skills) if (space.indexById.has(skill_id)) skillFrequencies[skill_id] = n;
    return {
      candidateIds: candidates.map((c) => c.id),
      activeCandidates: candidates.length,
      openVacancies: vacancies[0].n,
      skillFrequencies,
    };
  }

  async candidatesByIds(space: SkillSpace, ids: readonly string[]): Promise<CandidateFeatures[]> {
    return (await this.candidateVersionsByIds(space, ids)).map((c) => c.features);
  }

  async vacanciesByIds(space: SkillSpace, ids: readonly string[]): Promise<VacancyFeatures[]> {
    return (await this.vacancyVersionsByIds(space, ids)).map((v) => v.features);
  }

  async candidateVersionsByIds(
    space: SkillSpace,
    ids: readonly string[],
  ): Promise<Loaded<CandidateFeatures>[]> {
    if (ids.length === 0) return [];
    const rows: CandidateRow[] = await this.dataSource.query(
      `${CANDIDATE_SELECT} WHERE c.id = ANY($1::uuid[]) ORDER BY c.id`,
      [ids],
    );
    return rows.map((row) => ({ features: candidateFeatures(space, row), updatedAt: row.updated_at }));
  }

  async vacancyVersionsByIds(space: SkillSpace, ids: readonly string[]): Promise<Loaded<VacancyFeatures>[]> {
    if (ids.length === 0) return [];
    const rows: VacancyRow[] = await this.dataSource.query(
      `${VACANCY_SELECT} WHERE v.id = ANY($1::uuid[]) ORDER BY v.id`,
      [ids],
    );
    return rows.map((row) => ({ features: vacancyFeatures(space, row), updatedAt: row.updated_at }));
  }

  /**
   * When each candidate's and vacancy's match profile last changed (every change to what scoring reads bumps it),
   * and the candidate's region: enough to tell whether a remembered explanation still holds, without loading the
   * profiles themselves.
   */
  async profileVersions(
    candidateIds: readonly string[],
    vacancyIds: readonly string[],
  ): Promise<Map<string, { version: string; regionCode: string }>> {
    const rows: { id: string; version: string; region_code: string }[] = await this.dataSource.query(
      `SELECT id, updated_at::text AS version, region_code FROM candidate_match_profile WHERE id = ANY($1::uuid[])
       UNION ALL
       SELECT id, updated_at::text, region_code FROM vacancy_match_profile WHERE id = ANY($2::uuid[])`,
      [candidateIds, vacancyIds],
    );
    return new Map(rows.map((row) => [row.id, { version: row.version, regionCode: row.region_code }]));
  }

  /** The region's candidates and vacancies changed after `since`, by id: what a rematch's swap must catch up on. */
  async changedIds(
    tx: EntityManager,
    scope: SystemScope,
    regionCode: string,
    since: Date | null,
  ): Promise<{ side: 'C' | 'V'; id: string }[]> {
    requireSystemScope(scope);
    return tx.query(
      `SELECT 'C' AS side, id FROM candidate_match_profile WHERE region_code = $1 AND updated_at > $2
       UNION ALL SELECT 'V', id FROM vacancy_match_profile WHERE region_code = $1 AND updated_at > $2`,
      [regionCode, since],
    );
  }

  /** The database's clock: the watermark is compared with the updated_at it writes, not with this process's. */
  async databaseNow(): Promise<Date> {
    const [{ now }]: { now: Date }[] = await this.dataSource.query(`SELECT now() AS now`);
    return now;
  }
}
