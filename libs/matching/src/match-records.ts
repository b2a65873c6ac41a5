import type { EntityManager } from 'typeorm';
import type { MatchSide } from './match-list';
import { MatchCaseEntity } from './matching.entities';
import { MatchInterest, type MatchCaseState } from './match-workflow';

/**
 * What other libs (placements, sessions) read of match cases and match lists, so those tables stay behind this
 * lib. Imported by path (`@werkbrug/matching/match-records`) by libs that need no matching services.
 */

/** Who a match case is between, in which region, and how far it got. */
export interface MatchCaseSummary {
  readonly id: string;
  readonly candidateId: string;
  readonly vacancyId: string;
  readonly employerId: string;
  readonly regionCode: string;
  readonly state: MatchCaseState;
}

/** The match case's summary; null when there is no such case. */
export async function matchCaseSummary(
  manager: EntityManager,
  matchCaseId: string,
): Promise<MatchCaseSummary | null> {
  const found = await manager.findOne(MatchCaseEntity, {
    where: { id: matchCaseId },
    select: { id: true, candidateId: true, vacancyId: true, employerId: true, regionCode: true, state: true },
  });
  return found
    ? {
        id: found.id,
        candidateId: found.candidateId,
        vacancyId: found.vacancyId,
        employerId: found.employerId,
        regionCode: found.regionCode,
        state: found.state,
      }
    : null;
}

/** "Both said yes": the candidate and the employer are each interested in one of their match cases. */
export async function mutuallyInterestedPairs(
  manager: EntityManager,
  candidateIds: readonly string[],
  employerIds: readonly string[],
): Promise<{ candidateId: string; employerId: string }[]> {
  return manager.query(
    `SELECT DISTINCT candidate_id AS "candidateId", employer_id AS "employerId" FROM match_case
     WHERE candidate_id = ANY($1::uuid[]) AND employer_id = ANY($2::uuid[])
       AND candidate_interest = '${MatchInterest.INTERESTED}' AND employer_interest = '${MatchInterest.INTERESTED}'`,
    [candidateIds, employerIds],
  );
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
