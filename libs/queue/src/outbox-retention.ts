import { affectedRows, lockedDueIds } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/**
 * What the retention job (libs/data-rights, which decides how long) removes of the outbox: events whose job has
 * completed. Pending and dispatched events are work still to do and never go.
 */

/** Events completed before `before`: a locked batch of ids (see lockedDueIds). */
export function dueOutboxEventIds(tx: EntityManager, before: Date, limit: number): Promise<string[]> {
  return lockedDueIds(tx, 'outbox_event', 't.completed_at < $1', before, limit);
}

export function removeOutboxEvents(tx: EntityManager, ids: readonly string[]): Promise<number> {
  return affectedRows(tx, `DELETE FROM outbox_event WHERE id = ANY($1::bigint[])`, [ids]);
}
