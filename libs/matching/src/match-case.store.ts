import { affectedRows, Role, type SystemScope, type Viewer } from '@werkbrug/core';
import { MODEL_VERSION } from '@werkbrug/matching-core';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { MatchCaseEntity, MatchCaseEventEntity } from './matching.entities';
import { MatchInterest, type MatchCaseState } from './match-workflow';
import { requireSystemScope } from './system-scope';

/**
 * The match_case and match_case_event tables. A person's reads go through `visibleCase`, which applies who may
 * see a case in its SQL: a case outside the viewer's scope is simply not there (NOT_FOUND), like a random id.
 */

/**
 * The cases the viewer may see: a job seeker their own; an HR lead those of their employer's vacancies and of
 * their own candidates; a mobility team those of its region; administrators and counsellors none.
 */
function scopedCases(manager: EntityManager, viewer: Viewer): SelectQueryBuilder<MatchCaseEntity> {
  const cases = manager.createQueryBuilder(MatchCaseEntity, 'mc');
  switch (viewer.role) {
    case Role.JOB_SEEKER:
      return cases.where('mc.candidate_id = :candidateId', { candidateId: viewer.candidateId });
    case Role.HR_LEAD:
      return cases.where(
        `(mc.employer_id = :employerId OR EXISTS (SELECT 1 FROM candidate_scope cs
           WHERE cs.candidate_id = mc.candidate_id AND cs.employer_id = :employerId))`,
        { employerId: viewer.employerId },
      );
    case Role.MOBILITY_TEAM:
      return cases.where('mc.region_code = :regionCode', { regionCode: viewer.regionCode });
    case Role.ADMINISTRATOR:
    case Role.COUNSELLOR:
      return cases.where('false');
  }
}

/** The case if the viewer may see it, else null; `lock` takes it for update in the caller's transaction. */
export function visibleCase(
  manager: EntityManager,
  viewer: Viewer,
  caseId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<MatchCaseEntity | null> {
  const query = scopedCases(manager, viewer).andWhere('mc.id = :caseId', { caseId });
  return (lock ? query.setLock('pessimistic_write') : query).getOne();
}

/** The cases of these pairs that the viewer may see (one query for a page of matches). */
export function visibleCasesOfPairs(
  manager: EntityManager,
  viewer: Viewer,
  pairs: readonly { candidateId: string; vacancyId: string }[],
): Promise<MatchCaseEntity[]> {
  if (pairs.length === 0) return Promise.resolve([]);
  return scopedCases(manager, viewer)
    .andWhere(
      '(mc.candidate_id, mc.vacancy_id) IN (SELECT * FROM unnest(:candidateIds::uuid[], :vacancyIds::uuid[]))',
      { candidateIds: pairs.map((p) => p.candidateId), vacancyIds: pairs.map((p) => p.vacancyId) },
    )
    .getMany();
}

/** The case of a pair, if anyone acted on it; `lock` takes it for update in the caller's transaction. */
export function caseOfPair(
  manager: EntityManager,
  candidateId: string,
  vacancyId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<MatchCaseEntity | null> {
  return manager.findOne(MatchCaseEntity, {
    where: { candidateId, vacancyId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
}

/** Starts the pair's case as suggested, with the score it was suggested at; a case already there stays. */
export async function insertSuggestedCase(
  tx: EntityManager,
  pair: { candidateId: string; vacancyId: string; employerId: string; regionCode: string; score: number },
): Promise<void> {
  await tx.query(
    `INSERT INTO match_case (candidate_id, vacancy_id, employer_id, region_code, state, score, model_version)
     VALUES ($1, $2, $3, $4, 'SUGGESTED', $5, $6) ON CONFLICT (candidate_id, vacancy_id) DO NOTHING`,
    [pair.candidateId, pair.vacancyId, pair.employerId, pair.regionCode, pair.score, MODEL_VERSION],
  );
}

/** The free-text facts and statement of a locked case, which the workflow's transition leaves alone. */
export async function updateCaseNotes(
  tx: EntityManager,
  caseId: string,
  notes: Partial<
    Pick<MatchCaseEntity, 'candidateReason' | 'employerReason' | 'outcomeNote' | 'consentStatementId'>
  >,
): Promise<void> {
  await tx.update(MatchCaseEntity, caseId, notes);
}

/** The case's history, oldest first. */
export function caseHistory(manager: EntityManager, caseId: string): Promise<MatchCaseEventEntity[]> {
  return manager.find(MatchCaseEventEntity, { where: { matchCaseId: caseId }, order: { id: 'ASC' } });
}

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

/** The candidate's match cases (by id), for an erasure. */
export async function caseIdsOfCandidate(
  tx: EntityManager,
  scope: SystemScope,
  candidateId: string,
): Promise<string[]> {
  requireSystemScope(scope);
  const rows: { id: string }[] = await tx.query(`SELECT id FROM match_case WHERE candidate_id = $1`, [
    candidateId,
  ]);
  return rows.map((r) => r.id);
}

/** Match cases that ended in one of `states` and were untouched since `before`, except `kept`; locked. */
export async function dueEndedCaseIds(
  tx: EntityManager,
  scope: SystemScope,
  due: { states: readonly MatchCaseState[]; before: Date; kept: readonly string[]; limit: number },
): Promise<string[]> {
  requireSystemScope(scope);
  const rows: { id: string }[] = await tx.query(
    `SELECT t.id::text AS id FROM match_case t
     WHERE t.state = ANY($1::text[]) AND t.updated_at < $2 AND NOT (t.id = ANY($3::uuid[]))
     LIMIT $4 FOR UPDATE OF t SKIP LOCKED`,
    [due.states, due.before, due.kept, due.limit],
  );
  return rows.map((r) => r.id);
}

/** Deletes match cases with their history; returns how many cases went. */
export async function deleteCases(
  tx: EntityManager,
  scope: SystemScope,
  matchCaseIds: readonly string[],
): Promise<number> {
  requireSystemScope(scope);
  await affectedRows(tx, `DELETE FROM match_case_event WHERE match_case_id = ANY($1::uuid[])`, [
    matchCaseIds,
  ]);
  return affectedRows(tx, `DELETE FROM match_case WHERE id = ANY($1::uuid[])`, [matchCaseIds]);
}
