import { Role, type Viewer, type ViewerOf } from '@werkbrug/core';
import { matchableCandidate } from '@werkbrug/candidates/matchable-candidates.store';
import type { EntityManager } from 'typeorm';
import type { MatchSide } from './match-list';
import type { RegionMatchFilter } from './matches.service';

/**
 * Reads of the match_list table for people's requests and for other libs (sessions): one owner's list, a
 * region's pairs, scores and reach between given candidates and vacancies. The worker's writes are in
 * match-list.store.ts. Reads for a viewer apply the viewer's scope in their SQL.
 */

export interface ListRow {
  other_ids: string[];
  scores: number[];
  updated_at: Date;
}

/**
 * Whose list the viewer may read: a candidate's for the candidate, the candidate's own HR leads and the
 * mobility team of the candidate's region; a vacancy's for its employer's HR leads and its region's mobility team.
 */
function ownerScope(viewer: Viewer, side: MatchSide): { sql: string; param: string | null } {
  const candidate = (column: string, value: string) => ({
    sql: `EXISTS (SELECT 1 FROM candidate_scope s WHERE s.candidate_id = m.owner_id AND s.${column} = $3)`,
    param: value,
  });
  const vacancy = (column: string, value: string) => ({
    sql: `EXISTS (SELECT 1 FROM vacancy_match_profile v WHERE v.id = m.owner_id AND v.${column} = $3)`,
    param: value,
  });
  // Nobody else reads a list here; $3 stays in the statement so its parameters keep one shape.
  const none = { sql: '(false AND $3::text IS NULL)', param: null };
  switch (viewer.role) {
    case Role.JOB_SEEKER:
      return side === 'CANDIDATE' ? { sql: 'm.owner_id = $3', param: viewer.candidateId } : none;
    case Role.HR_LEAD:
      return side === 'CANDIDATE'
        ? candidate('employer_id', viewer.employerId)
        : vacancy('employer_id', viewer.employerId);
    case Role.MOBILITY_TEAM:
      return side === 'CANDIDATE'
        ? candidate('region_code', viewer.regionCode)
        : vacancy('region_code', viewer.regionCode);
    case Role.ADMINISTRATOR:
    case Role.COUNSELLOR:
      return none;
  }
}

/** The owner's list as the viewer may read it; null when there is none or it is outside the viewer's scope. */
export async function ownList(
  manager: EntityManager,
  viewer: Viewer,
  side: MatchSide,
  ownerId: string,
): Promise<ListRow | null> {
  const scope = ownerScope(viewer, side);
  const rows: ListRow[] = await manager.query(
    `SELECT m.other_ids::text[] AS other_ids, m.scores, m.updated_at FROM match_list m
     WHERE m.side = $1 AND m.owner_id = $2 AND ${scope.sql}`,
    [side, ownerId, scope.param],
  );
  return rows[0] ?? null;
}

export interface RegionPairRow {
  candidate_id: string;
  vacancy_id: string;
  score: number;
  candidate_rank: number | null;
  vacancy_rank: number | null;
  total: number;
  updated_at: Date;
}

/**
 * A page of the current pairs of the mobility team's region (on either side's list), best first. The two sides'
 * entries are matched with a full join (each pair is on a list at most once): at 10,000 × 10,000 that is about 1.0 s
 * against 1.9 s for grouping all 840,000 entries by pair, whose hash aggregate spilled to disk.
 */
export function regionPairs(
  manager: EntityManager,
  viewer: ViewerOf<Role.MOBILITY_TEAM>,
  filter: RegionMatchFilter,
  first: number,
  offset: number,
  /** Only pairs whose candidate and vacancy are both of these employers (a network's members). */
  among: readonly string[] | null,
): Promise<RegionPairRow[]> {
  return manager.query(
    `WITH by_candidate AS (
       SELECT m.owner_id AS candidate_id, u.other AS vacancy_id, u.score, u.ord AS candidate_rank, m.updated_at
       FROM match_list m, unnest(m.other_ids, m.scores) WITH ORDINALITY AS u(other, score, ord)
       WHERE m.side = 'CANDIDATE' AND m.region_code = $1
     ), by_vacancy AS (
       SELECT u.other AS candidate_id, m.owner_id AS vacancy_id, u.score, u.ord AS vacancy_rank, m.updated_at
       FROM match_list m, unnest(m.other_ids, m.scores) WITH ORDINALITY AS u(other, score, ord)
       WHERE m.side = 'VACANCY' AND m.region_code = $1
     ), merged AS (
       SELECT coalesce(bc.candidate_id, bv.candidate_id) AS candidate_id,
              coalesce(bc.vacancy_id, bv.vacancy_id) AS vacancy_id,
              greatest(bc.score, bv.score) AS score, bc.candidate_rank, bv.vacancy_rank,
              greatest(bc.updated_at, bv.updated_at) AS updated_at
       FROM by_candidate bc
       FULL JOIN by_vacancy bv ON bv.candidate_id = bc.candidate_id AND bv.vacancy_id = bc.vacancy_id
     )
     SELECT p.candidate_id, p.vacancy_id, p.score, p.candidate_rank::int, p.vacancy_rank::int, p.updated_at,
            count(*) OVER ()::int AS total
     FROM merged p
     JOIN candidate_match_profile c ON c.id = p.candidate_id AND ${matchableCandidate('c')}
     JOIN vacancy_match_profile v ON v.id = p.vacancy_id AND v.status = 'OPEN'
     JOIN employer_sector e ON e.employer_id = v.employer_id
     WHERE ($2::text IS NULL OR e.sector = $2)
       AND ($3::text IS NULL OR c.track = $3)
       AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM vacancy_match_skill vs WHERE vs.vacancy_id = v.id AND vs.skill_id = $4)
            OR EXISTS (SELECT 1 FROM candidate_match_strength cs WHERE cs.candidate_id = c.id AND cs.skill_id = $4))
       AND ($5::real IS NULL OR p.score >= $5)
       AND ($6::real IS NULL OR p.score <= $6)
       AND ($9::uuid[] IS NULL OR (c.employer_id = ANY($9) AND v.employer_id = ANY($9)))
     ORDER BY p.score DESC, p.candidate_id, p.vacancy_id
     LIMIT $7 OFFSET $8`,
    [
      viewer.regionCode,
      filter.sector ?? null,
      filter.track ?? null,
      filter.skillId ?? null,
      filter.minScore ?? null,
      filter.maxScore ?? null,
      first,
      offset,
      among,
    ],
  );
}

/** Where a pair stands on the two match lists: its place on each (null when not on it) and its score. */
export interface ListedPair {
  readonly score: number;
  readonly candidateRank: number | null;
  readonly vacancyRank: number | null;
}

/** The pair as the current lists hold it; null when it is on neither list. */
export async function listedPair(
  manager: EntityManager,
  candidateId: string,
  vacancyId: string,
): Promise<ListedPair | null> {
  const rows: { side: MatchSide; rank: number | null; score: number | null }[] = await manager.query(
    `SELECT m.side, p.rank, m.scores[p.rank] AS score
     FROM match_list m
     CROSS JOIN LATERAL (SELECT array_position(m.other_ids,
       CASE m.side WHEN 'CANDIDATE' THEN $2::uuid ELSE $1::uuid END) AS rank) p
     WHERE (m.side = 'CANDIDATE' AND m.owner_id = $1) OR (m.side = 'VACANCY' AND m.owner_id = $2)`,
    [candidateId, vacancyId],
  );
  const on = (side: MatchSide) => rows.find((r) => r.side === side && r.rank !== null);
  const byCandidate = on('CANDIDATE');
  const byVacancy = on('VACANCY');
  const scores = [byCandidate, byVacancy].flatMap((r) => (r?.score != null ? [Number(r.score)] : []));
  if (scores.length === 0) return null;
  return {
    score: Math.max(...scores),
    candidateRank: byCandidate?.rank ?? null,
    vacancyRank: byVacancy?.rank ?? null,
  };
}

/** Every scored pair of the mobility team's region once, with its score, for the allocation proposal. */
export async function regionEdges(
  manager: EntityManager,
  viewer: ViewerOf<Role.MOBILITY_TEAM>,
): Promise<{ candidate: string; vacancy: string; score: number }[]> {
  const edges: { candidate: string; vacancy: string; score: number }[] = await manager.query(
    `SELECT DISTINCT ON (candidate, vacancy) candidate, vacancy, score FROM (
       SELECT m.owner_id AS candidate, u.other AS vacancy, u.score
       FROM match_list m, unnest(m.other_ids, m.scores) AS u(other, score)
       WHERE m.side = 'CANDIDATE' AND m.region_code = $1
       UNION ALL
       SELECT u.other, m.owner_id, u.score
       FROM match_list m, unnest(m.other_ids, m.scores) AS u(other, score)
       WHERE m.side = 'VACANCY' AND m.region_code = $1) pairs
     ORDER BY candidate, vacancy`,
    [viewer.regionCode],
  );
  return edges.map((e) => ({ candidate: e.candidate, vacancy: e.vacancy, score: Number(e.score) }));
}

/** A score a match list holds for a candidate and a vacancy. */
export interface ListedScore {
  readonly candidateId: string;
  readonly vacancyId: string;
  readonly score: number;
}

/**
 * The scores between the candidates and the vacancies, from either side's match list: a pair on both lists
 * comes twice, a pair on neither not at all.
 */
export async function listedScoresBetween(
  manager: EntityManager,
  candidateIds: readonly string[],
  vacancyIds: readonly string[],
): Promise<ListedScore[]> {
  const rows: ListedScore[] = await manager.query(
    `SELECT m.owner_id AS "candidateId", u.other AS "vacancyId", u.score
     FROM match_list m CROSS JOIN LATERAL unnest(m.other_ids, m.scores) AS u(other, score)
     WHERE m.side = 'CANDIDATE' AND m.owner_id = ANY($1::uuid[]) AND u.other = ANY($2::uuid[])
     UNION ALL
     SELECT u.other, m.owner_id, u.score
     FROM match_list m CROSS JOIN LATERAL unnest(m.other_ids, m.scores) AS u(other, score)
     WHERE m.side = 'VACANCY' AND m.owner_id = ANY($2::uuid[]) AND u.other = ANY($1::uuid[])`,
    [candidateIds, vacancyIds],
  );
  return rows.map((r) => ({ ...r, score: Number(r.score) }));
}

/** Every id on the lists of the owners (the vacancies on candidates' lists, the candidates on vacancies'). */
export async function listedIds(
  manager: EntityManager,
  side: MatchSide,
  ownerIds: readonly string[],
): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT DISTINCT u.other AS id FROM match_list m CROSS JOIN LATERAL unnest(m.other_ids) AS u(other)
     WHERE m.side = $1 AND m.owner_id = ANY($2::uuid[])`,
    [side, ownerIds],
  );
  return rows.map((r) => r.id);
}

/** A candidate or a vacancy with the employer it belongs to. */
export interface OfEmployer {
  readonly id: string;
  readonly employerId: string;
}

/**
 * How strongly each candidate is matched with other employers: among `vacancies`, those on the candidate's own
 * list that are not of the candidate's own employer; the best score and how many employers they are of.
 * Candidates without such a vacancy are left out.
 */
export async function candidateListReach(
  manager: EntityManager,
  candidates: readonly OfEmployer[],
  vacancies: readonly OfEmployer[],
): Promise<{ candidateId: string; bestScore: number; employers: number }[]> {
  // The vacancies are grouped by id only so that the planner knows their ids are unique and hashes them: a bare
  // unnest has no statistics, and the list entries were then sorted and merged (twice as slow for 10,000 lists).
  const rows: { candidateId: string; bestScore: number; employers: number }[] = await manager.query(
    `SELECT c.id AS "candidateId", max(u.score) AS "bestScore", count(DISTINCT v.employer_id)::int AS employers
     FROM unnest($1::uuid[], $2::uuid[]) AS c(id, employer_id)
     JOIN match_list m ON m.side = 'CANDIDATE' AND m.owner_id = c.id
     CROSS JOIN LATERAL unnest(m.other_ids, m.scores) AS u(other, score)
     JOIN (SELECT x.id, (array_agg(x.employer_id))[1] AS employer_id
           FROM unnest($3::uuid[], $4::uuid[]) AS x(id, employer_id) GROUP BY x.id) v
       ON v.id = u.other AND v.employer_id <> c.employer_id
     GROUP BY c.id`,
    [
      candidates.map((c) => c.id),
      candidates.map((c) => c.employerId),
      vacancies.map((v) => v.id),
      vacancies.map((v) => v.employerId),
    ],
  );
  return rows.map((r) => ({ ...r, bestScore: Number(r.bestScore) }));
}

/**
 * How many candidates each employer's vacancies reach: the distinct candidates on the lists of `vacancies`
 * (only those among `candidateIds`, unless null) and the best score, per employer. Employers whose vacancies
 * reach nobody are left out.
 */
export async function employerListReach(
  manager: EntityManager,
  vacancies: readonly OfEmployer[],
  candidateIds: readonly string[] | null,
): Promise<{ employerId: string; candidates: number; bestScore: number }[]> {
  const rows: { employerId: string; candidates: number; bestScore: number }[] = await manager.query(
    `SELECT v.employer_id AS "employerId", count(DISTINCT u.other)::int AS candidates, max(u.score) AS "bestScore"
     FROM unnest($1::uuid[], $2::uuid[]) AS v(id, employer_id)
     JOIN match_list m ON m.side = 'VACANCY' AND m.owner_id = v.id
     CROSS JOIN LATERAL unnest(m.other_ids, m.scores) AS u(other, score)
     WHERE $3::uuid[] IS NULL OR u.other = ANY($3::uuid[])
     GROUP BY v.employer_id`,
    [vacancies.map((v) => v.id), vacancies.map((v) => v.employerId), candidateIds],
  );
  return rows.map((r) => ({ ...r, bestScore: Number(r.bestScore) }));
}
