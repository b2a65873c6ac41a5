import { affectedRows, type RemovalCounts, type SystemScope } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/**
 * Takes the person out of placements (`$1`: their ids) and keeps what the employers' ledger needs — employers,
 * dates, hours, kind and status — so the hours lent and borrowed stay right. Their history (`placement_event`)
 * and the consent statements recorded for them go separately, before this.
 *
 * An open placement cannot go on without its person: proposed and agreed ones are cancelled, a running one ends
 * today (the ledger counts the weeks it ran). The retention job only reaches closed ones.
 *
 * Shared by an erasure (`eraseCandidate`, all of a person's placements) and the retention job.
 */
export const ANONYMISE_PLACEMENTS = `UPDATE placement SET candidate_id = NULL, candidate_erased_at = now(),
    match_case_id = NULL, insurance_note = NULL, subsidy_note = NULL, plan_problem = NULL,
    plan_warnings = '[]'::jsonb, conflicts = '[]'::jsonb, host_evaluation = NULL, candidate_evaluation = NULL,
    follow_up = NULL,
    status = CASE WHEN status IN ('PROPOSED', 'AGREED') THEN 'CANCELLED' WHEN status = 'ACTIVE' THEN 'ENDED'
                  ELSE status END,
    end_date = CASE WHEN status = 'ACTIVE' AND end_date > current_date THEN greatest(current_date, start_date)
                    ELSE end_date END
  WHERE id = ANY($1::uuid[])`;

/** The person's placements (by id), for an erasure. */
export async function placementIdsOfPerson(
  tx: EntityManager,
  _scope: SystemScope,
  candidateId: string,
): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(`SELECT id FROM placement WHERE candidate_id = $1`, [
    candidateId,
  ]);
  return rows.map((r) => r.id);
}

/** Erasure of a person: the history of their placements, then the placements without them (see above). */
export async function anonymisePlacementsOfPerson(
  tx: EntityManager,
  _scope: SystemScope,
  placementIds: readonly string[],
): Promise<RemovalCounts> {
  return {
    placementHistory: await affectedRows(
      tx,
      `DELETE FROM placement_event WHERE placement_id = ANY($1::uuid[])`,
      [placementIds],
    ),
    placementsAnonymised: await affectedRows(tx, ANONYMISE_PLACEMENTS, [placementIds]),
  };
}
