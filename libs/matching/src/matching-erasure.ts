import { affectedRows, type RemovalCounts } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/** The person's match cases (by id), for an erasure. */
export async function matchCaseIdsOfPerson(tx: EntityManager, candidateId: string): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(`SELECT id FROM match_case WHERE candidate_id = $1`, [
    candidateId,
  ]);
  return rows.map((r) => r.id);
}

/**
 * Erasure of a person: their own match list, their entries in vacancies' lists, and the spent chunks of
 * finished rematch runs that name them. (Their match cases, events and ratings go with the profile, by foreign key.)
 */
export async function erasePersonFromMatching(
  tx: EntityManager,
  candidateId: string,
): Promise<RemovalCounts> {
  return {
    matchListEntries: await affectedRows(
      tx,
      `UPDATE match_list l SET other_ids = kept.ids, scores = kept.scores, list_version = l.list_version + 1,
         updated_at = now()
       FROM (SELECT l2.side, l2.owner_id,
                    coalesce(array_agg(o.id ORDER BY o.n) FILTER (WHERE o.id <> $1), '{}') AS ids,
                    coalesce(array_agg(l2.scores[o.n] ORDER BY o.n) FILTER (WHERE o.id <> $1), '{}') AS scores
             FROM match_list l2, unnest(l2.other_ids) WITH ORDINALITY AS o(id, n)
             WHERE l2.side = 'VACANCY' AND $1 = ANY(l2.other_ids)
             GROUP BY l2.side, l2.owner_id) kept
       WHERE l.side = kept.side AND l.owner_id = kept.owner_id`,
      [candidateId],
    ),
    matchLists: await affectedRows(tx, `DELETE FROM match_list WHERE side = 'CANDIDATE' AND owner_id = $1`, [
      candidateId,
    ]),
    // A running run's chunk waits (heldByRunningRematch): only finished runs' chunks are spent.
    rematchChunks: await affectedRows(
      tx,
      `DELETE FROM rematch_chunk WHERE done_at IS NOT NULL AND ($1 IN (first_candidate_id, last_candidate_id)
         OR position(decode(replace($1::text, '-', ''), 'hex') IN coalesce(result, ''::bytea)) > 0)`,
      [candidateId],
    ),
  };
}

/** Whether a running regional rematch holds the person in a chunk: an erasure then waits for the next sweep. */
export async function heldByRunningRematch(
  tx: EntityManager,
  person: { candidateId: string; regionCode: string },
): Promise<boolean> {
  // Only runs of the person's region still under way: a failed or abandoned run's unfinished chunks (a whole
  // rematch takes seconds to minutes; a day-old one is dead) would otherwise hold people back for ever.
  const rows: unknown[] = await tx.query(
    `SELECT 1 FROM rematch_chunk c JOIN rematch_run r ON r.id = c.run_id
     WHERE c.done_at IS NULL AND r.status IN ('QUEUED', 'SCORING', 'FINISHING')
       AND r.requested_at > now() - interval '1 day'
       AND r.region_code = $2
       AND $1::uuid BETWEEN c.first_candidate_id AND c.last_candidate_id
     LIMIT 1`,
    [person.candidateId, person.regionCode],
  );
  return rows.length > 0;
}
