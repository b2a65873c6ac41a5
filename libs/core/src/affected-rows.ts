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
