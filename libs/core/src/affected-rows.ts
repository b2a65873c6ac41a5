import type { EntityManager } from 'typeorm';

/** Runs an UPDATE or DELETE and returns how many rows it touched (for the counts an erasure or retention keeps). */
export async function affectedRows(tx: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const [, affected]: [unknown, number | undefined] = await tx.query(sql, params);
  return affected ?? 0;
}

/** Counts per step of an erasure or a retention run: all that is kept of what was removed. */
export type RemovalCounts = Record<string, number>;

/** Adds counts into a total, step by step. */
export function addCounts(total: RemovalCounts, more: RemovalCounts): RemovalCounts {
  for (const [step, n] of Object.entries(more)) total[step] = (total[step] ?? 0) + n;
  return total;
}

/**
 * A batch of at most `limit` ids of `table`'s rows that meet `condition` (alias `t`, `$1` the cutoff), locked for
 * the caller's transaction. Rows another transaction holds are skipped: the next batch or run takes them, so two
 * sweeps never wait on each other. Only the table's owning lib calls this for its table (`*-retention.ts`).
 */
export async function lockedDueIds(
  tx: EntityManager,
  table: string,
  condition: string,
  before: Date,
  limit: number,
): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT t.id::text AS id FROM ${table} t WHERE ${condition} LIMIT $2 FOR UPDATE OF t SKIP LOCKED`,
    [before, limit],
  );
  return rows.map((r) => r.id);
}
