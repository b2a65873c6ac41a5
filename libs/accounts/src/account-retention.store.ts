import { affectedRows, lockedDueIds } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/**
 * What the retention job (libs/data-rights, which decides how long) removes of the accounts lib's own tables.
 * imported by path, like candidate-accounts.store.ts, so data-rights does not pull in authentication.
 */

/** Account events older than `before`: a locked batch of ids (see lockedDueIds). */
export function dueAccountEventIds(tx: EntityManager, before: Date, limit: number): Promise<string[]> {
  return lockedDueIds(tx, 'account_event', 't.at < $1', before, limit);
}

export async function removeAccountEvents(tx: EntityManager, ids: readonly string[]): Promise<number> {
  return affectedRows(tx, `DELETE FROM account_event WHERE id = ANY($1::bigint[])`, [ids]);
}
