import { affectedRows } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/**
 * What the retention job (libs/data-rights, which decides how long) removes of the accounts lib's own tables.
 * Imported by path, like candidate-accounts.ts, so data-rights does not pull in authentication.
 */

/** Account events older than `before`: a locked batch of ids; rows another transaction holds wait. */
export async function dueAccountEventIds(tx: EntityManager, before: Date, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT t.id::text AS id FROM account_event t WHERE t.at < $1 LIMIT $2 FOR UPDATE OF t SKIP LOCKED`,
    [before, limit],
  );
  return rows.map((r) => r.id);
}

export async function removeAccountEvents(tx: EntityManager, ids: readonly string[]): Promise<number> {
  return affectedRows(tx, `DELETE FROM account_event WHERE id = ANY($1::bigint[])`, [ids]);
}
