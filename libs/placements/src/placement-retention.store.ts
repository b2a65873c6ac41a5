import { affectedRows, type SystemScope } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { ANONYMISE_PLACEMENTS } from './placement-anonymisation.store';
import { PlacementStatus } from './placement.enums';

/**
 * What the retention job (libs/data-rights, which decides how long) asks of the placements lib: which people and
 * match cases an open placement still needs, and which closed placements the person is taken out of. Each runs in
 * the retention's system scope; the batch and removal steps take it last, as the job's sweep rules pass it.
 */

const OPEN = [PlacementStatus.PROPOSED, PlacementStatus.AGREED, PlacementStatus.ACTIVE];

/** Match cases behind an open placement: they stay until the placement is over. */
export async function matchCasesBehindOpenPlacements(
  tx: EntityManager,
  _scope: SystemScope,
): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT DISTINCT match_case_id::text AS id FROM placement
     WHERE match_case_id IS NOT NULL AND status = ANY($1::text[])`,
    [OPEN],
  );
  return rows.map((r) => r.id);
}

/** Those among `candidateIds` in an open placement (an erasure would take them out of it). */
export async function candidatesInOpenPlacements(
  manager: EntityManager,
  _scope: SystemScope,
  candidateIds: readonly string[],
): Promise<Set<string>> {
  if (candidateIds.length === 0) return new Set();
  const rows: { id: string }[] = await manager.query(
    `SELECT DISTINCT candidate_id::text AS id FROM placement
     WHERE candidate_id = ANY($1::uuid[]) AND status = ANY($2::text[])`,
    [candidateIds, OPEN],
  );
  return new Set(rows.map((r) => r.id));
}

/** Closed placements that still name a person, over since `before`: a locked batch of ids. */
export async function dueClosedPlacementIds(
  tx: EntityManager,
  before: Date,
  limit: number,
  _scope: SystemScope,
): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT t.id::text AS id FROM placement t
     WHERE t.status IN ('ENDED', 'DECLINED', 'CANCELLED') AND t.candidate_id IS NOT NULL
       AND greatest(t.updated_at, t.end_date::timestamptz) < $1
     LIMIT $2 FOR UPDATE OF t SKIP LOCKED`,
    [before, limit],
  );
  return rows.map((r) => r.id);
}

/**
 * The placement itself stays for the employers' ledger of hours lent and borrowed; its history and the person
 * go (the consent statements recorded for it go first, by the candidates lib). Returns how many were anonymised.
 */
export async function anonymiseClosedPlacements(
  tx: EntityManager,
  placementIds: readonly string[],
  _scope: SystemScope,
): Promise<number> {
  await affectedRows(tx, `DELETE FROM placement_event WHERE placement_id = ANY($1::uuid[])`, [placementIds]);
  return affectedRows(tx, ANONYMISE_PLACEMENTS, [placementIds]);
}
