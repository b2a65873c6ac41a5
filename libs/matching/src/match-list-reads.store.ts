import { Role, type Viewer, type ViewerOf } from '@werkbrug/core';
import { matchableCandidate } from '@werkbrug/candidates/matchable-candidates.store';
import type { EntityManager } from 'typeorm';
import type { MatchSide } from './match-list';
import type { SortedIds } from './region-pairs';
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

/** Of the mobility team's region, the candidates and vacancies its region list may show under `filter`. */
export interface RegionShown {
  readonly candidates: SortedIds;
  readonly vacancies: SortedIds;
  /** With a skill filter: the candidates with it as a strength and the vacancies asking for it. */
  readonly withSkill: { candidates: SortedIds; vacancies: SortedIds } | null;
}

/**
 * Matchable candidates and open vacancies of the region as stored now, narrowed by the filter's track, sector and
 * employers (a network's members). Read per request: who may be shown is never taken from a copy. Each set is one
 * value (`SortedIds`), not ten thousand rows.
 */
export async function regionShown(
  manager: EntityManager,
  viewer: ViewerOf<Role.MOBILITY_TEAM>,
  filter: RegionMatchFilter,
  /** Only candidates and vacancies of these employers (a network's members). */
  among: readonly string[] | null,
): Promise<RegionShown> {
  const ids = async (from: string, params: unknown[]): Promise<SortedIds> => {
    const [row]: { ids: Buffer }[] = await manager.query(
      `SELECT coalesce(string_agg(uuid_send(x.id), ''::bytea ORDER BY x.id), ''::bytea) AS ids FROM (${from}) x`,
      params,
    );
    return row.ids;
  };
  const candidates = await ids(
    `SELECT c.id FROM candidate_match_profile c
     WHERE c.region_code = $1 AND ${matchableCandidate('c')}
       AND ($2::text IS NULL OR c.track = $2) AND ($3::uuid[] IS NULL OR c.employer_id = ANY($3))`,
    [viewer.regionCode, filter.track ?? null, among],
  );
  const vacancies = await ids(
    `SELECT v.id FROM vacancy_match_profile v JOIN employer_sector e ON e.employer_id = v.employer_id
     WHERE v.region_code = $1 AND v.status = 'OPEN'
       AND ($2::text IS NULL OR e.sector = $2) AND ($3::uuid[] IS NULL OR v.employer_id = ANY($3))`,
    [viewer.regionCode, filter.sector ?? null, among],
  );
  const withSkill = filter.skillId
    ? {
        candidates: await ids(`SELECT candidate_id AS id FROM candidate_match_strength WHERE skill_id = $1`, [
          filter.skillId,
        ]),
        vacancies: await ids(`SELECT vacancy_id AS id FROM vacancy_match_skill WHERE skill_id = $1`, [
          filter.skillId,
        ]),
      }
    : null;
  return { candidates, vacancies, withSkill };
}

export interface PairPlaces {
  readonly candidateRank: number | null;
  readonly vacancyRank: number | null;
  /** When the later of the pair's two lists last changed. */
  readonly updatedAt: Date;
}

/** Where each pair stands on its two lists as stored now, in the order given (null: on neither list any more). */
export async function pairPlaces(
  manager: EntityManager,
  pairs: readonly { candidateId: string; vacancyId: string }[],
): Promise<(PairPlaces | null)[]> {
  if (pairs.length === 0) return [];
  const rows: {
    candidate_rank: number | null;
    vacancy_rank: number | null;
    updated_at: Date | null;
  }[] = await manager.query(
    `SELECT p.candidate_rank, p.vacancy_rank,
            greatest(CASE WHEN p.candidate_rank IS NOT NULL THEN p.candidate_list_at END,
                     CASE WHEN p.vacancy_rank IS NOT NULL THEN p.vacancy_list_at END) AS updated_at
     FROM (SELECT x.n, array_position(mc.other_ids, x.vacancy_id) AS candidate_rank, mc.updated_at AS candidate_list_at,
                  array_position(mv.other_ids, x.candidate_id) AS vacancy_rank, mv.updated_at AS vacancy_list_at
           FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS x(candidate_id, vacancy_id, n)
           LEFT JOIN match_list mc ON mc.side = 'CANDIDATE' AND mc.owner_id = x.candidate_id
           LEFT JOIN match_list mv ON mv.side = 'VACANCY' AND mv.owner_id = x.vacancy_id) p
     ORDER BY p.n`,
    [pairs.map((p) => p.candidateId), pairs.map((p) => p.vacancyId)],
  );
  return rows.map((r) =>
    r.updated_at && (r.candidate_rank !== null || r.vacancy_rank !== null)
      ? { candidateRank: r.candidate_rank, vacancyRank: r.vacancy_rank, updatedAt: r.updated_at }
      : null,
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
