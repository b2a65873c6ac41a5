import { affectedRows } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { MatchCaseState } from './match-workflow';

/**
 * What the retention job (libs/data-rights, which decides how long) removes of matching's own tables. Each `due…`
 * function returns one batch of keys past the cutoff, locked; rows another transaction holds are left for the
 * next night.
 */

/** Match cases that ended in one of `states` and were untouched since `before`, except those in `kept`. */
export async function dueMatchCaseIds(
  tx: EntityManager,
  due: {
    states: readonly MatchCaseState[];
    before: Date;
    /** Match cases that stay whatever their age (the ones still behind an open placement). */
    kept: readonly string[];
    limit: number;
  },
): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT t.id::text AS id FROM match_case t
     WHERE t.state = ANY($1::text[]) AND t.updated_at < $2 AND NOT (t.id = ANY($3::uuid[]))
     LIMIT $4 FOR UPDATE OF t SKIP LOCKED`,
    [due.states, due.before, due.kept, due.limit],
  );
  return rows.map((r) => r.id);
}

/**
 * Removes match cases with their history; the consent statements recorded for them go first (the candidates
 * lib's `eraseStatementsOfMatchCases`). Returns how many match cases went.
 */
export async function removeMatchCases(tx: EntityManager, matchCaseIds: readonly string[]): Promise<number> {
  await affectedRows(tx, `DELETE FROM match_case_event WHERE match_case_id = ANY($1::uuid[])`, [
    matchCaseIds,
  ]);
  return affectedRows(tx, `DELETE FROM match_case WHERE id = ANY($1::uuid[])`, [matchCaseIds]);
}

/**
 * Finished rematch runs older than `before`. Each region's latest run (what `latestRematchRun` shows) and the run
 * its current scores came from stay.
 */
export async function dueRematchRunIds(tx: EntityManager, before: Date, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT t.id::text AS id FROM rematch_run t
     WHERE t.status IN ('COMPLETED', 'FAILED') AND coalesce(t.finished_at, t.requested_at) < $1
       AND t.id <> (SELECT r.id FROM rematch_run r WHERE r.region_code = t.region_code
                    ORDER BY r.requested_at DESC LIMIT 1)
       AND NOT EXISTS (SELECT 1 FROM region_matching_snapshot s WHERE s.run_id = t.id)
     LIMIT $2 FOR UPDATE OF t SKIP LOCKED`,
    [before, limit],
  );
  return rows.map((r) => r.id);
}

/** Removes rematch runs with their chunks; returns how many runs went. */
export async function removeRematchRuns(tx: EntityManager, runIds: readonly string[]): Promise<number> {
  await affectedRows(tx, `DELETE FROM rematch_chunk WHERE run_id = ANY($1::uuid[])`, [runIds]);
  return affectedRows(tx, `DELETE FROM rematch_run WHERE id = ANY($1::uuid[])`, [runIds]);
}
