import { affectedRows, lockedDueIds, type SystemScope } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/**
 * One batch of rows past the cutoff (`before`), at most `limit`, locked; returns their keys. The job passes its
 * system scope last, so an owner's function may say it runs in it; one that takes only the first three fits too.
 */
export type DueBatch = (
  tx: EntityManager,
  before: Date,
  limit: number,
  scope: SystemScope,
) => Promise<string[]>;
/** Removes (or anonymises) the batch's rows of one table; returns how many. The scope is passed as above. */
export type RemovalStep = (tx: EntityManager, keys: string[], scope: SystemScope) => Promise<number>;

/**
 * A sweep of one of data-rights' own tables by its own columns: `due` is the condition (alias `t`, `$1` the
 * cutoff). Other libs' tables are swept by the functions their owners export (`*-retention.ts`).
 */
export function tableSweep(
  table: string,
  due: string,
  keyType: 'uuid' | 'bigint',
): { due: DueBatch; steps: readonly RemovalStep[] } {
  return {
    due: (tx, before, limit) => lockedDueIds(tx, table, due, before, limit),
    steps: [(tx, keys) => affectedRows(tx, `DELETE FROM ${table} WHERE id = ANY($1::${keyType}[])`, [keys])],
  };
}

/** Those among `candidateIds` with an open erasure request: that erasure runs on its own schedule. */
export async function candidatesWithOpenErasureRequest(
  manager: EntityManager,
  _scope: SystemScope,
  candidateIds: readonly string[],
): Promise<Set<string>> {
  if (candidateIds.length === 0) return new Set();
  const rows: { id: string }[] = await manager.query(
    `SELECT DISTINCT candidate_id::text AS id FROM erasure_request
     WHERE candidate_id = ANY($1::uuid[]) AND cancelled_at IS NULL AND completed_at IS NULL`,
    [candidateIds],
  );
  return new Set(rows.map((r) => r.id));
}
