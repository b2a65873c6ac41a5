import { affectedRows } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/**
 * What the retention job (libs/data-rights, which decides how long) removes of the candidates lib's own tables,
 * and which withdrawn candidates are past their period. `due…` functions return one batch of keys past the
 * cutoff, locked; rows another transaction holds are left for the next night.
 */

/** The consent statements recorded for match cases that go (before the match cases themselves). */
export async function eraseStatementsOfMatchCases(
  tx: EntityManager,
  matchCaseIds: readonly string[],
): Promise<number> {
  return affectedRows(tx, `DELETE FROM consent_statement WHERE match_case_id = ANY($1::uuid[])`, [
    matchCaseIds,
  ]);
}

/** The consent statements recorded for placements the person is taken out of. */
export async function eraseStatementsOfPlacements(
  tx: EntityManager,
  placementIds: readonly string[],
): Promise<number> {
  return affectedRows(tx, `DELETE FROM consent_statement WHERE placement_id = ANY($1::uuid[])`, [
    placementIds,
  ]);
}

/** Entries of the identity access log older than `before`. */
export async function dueIdentityAccessLogIds(
  tx: EntityManager,
  before: Date,
  limit: number,
): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT t.id::text AS id FROM identity_access_log t WHERE t.accessed_at < $1
     LIMIT $2 FOR UPDATE OF t SKIP LOCKED`,
    [before, limit],
  );
  return rows.map((r) => r.id);
}

export async function removeIdentityAccessLog(tx: EntityManager, ids: readonly string[]): Promise<number> {
  return affectedRows(tx, `DELETE FROM identity_access_log WHERE id = ANY($1::bigint[])`, [ids]);
}

/**
 * Candidates whose consent to share or whose profile was withdrawn, untouched since `before` (alias `c`; `$1`
 * is the cutoff). Whether they are in the middle of something (a placement, an erasure request) is for the
 * caller to ask the libs that know.
 */
const WITHDRAWN_PAST_PERIOD = `(c.consent_status = 'WITHDRAWN' OR c.status = 'WITHDRAWN')
  AND greatest(c.updated_at, c.consent_recorded_at,
               (SELECT i.updated_at FROM candidate_identity i WHERE i.candidate_id = c.id)) < $1`;

/** A batch of withdrawn candidates past their period, by id, leaving out `skipped` (already looked at). */
export async function withdrawnCandidatesPastPeriod(
  manager: EntityManager,
  batch: { before: Date; skipped: readonly string[]; limit: number },
): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT c.id FROM candidate_profile c WHERE ${WITHDRAWN_PAST_PERIOD} AND NOT (c.id = ANY($2::uuid[]))
     ORDER BY c.id LIMIT $3`,
    [batch.before, batch.skipped, batch.limit],
  );
  return rows.map((r) => r.id);
}

/**
 * Locks the candidate's profile when they are still withdrawn and past their period (checked again under the
 * lock) and returns their region; null when not, or when another transaction holds the profile.
 */
export async function lockWithdrawnCandidatePastPeriod(
  tx: EntityManager,
  candidateId: string,
  before: Date,
): Promise<{ regionCode: string } | null> {
  const [due]: { region_code: string }[] = await tx.query(
    `SELECT c.region_code FROM candidate_profile c WHERE c.id = $2 AND ${WITHDRAWN_PAST_PERIOD}
     FOR UPDATE OF c SKIP LOCKED`,
    [before, candidateId],
  );
  return due ? { regionCode: due.region_code } : null;
}
