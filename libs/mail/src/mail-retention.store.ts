import { affectedRows, lockedDueIds } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/**
 * What the retention job (libs/data-rights, which decides how long) removes of the mail lib's own table: mail
 * sent or given up on. Unsent mail is work still to do and never goes.
 */

/** Mail sent or failed before `before`: a locked batch of ids (see lockedDueIds). */
export function dueMailMessageIds(tx: EntityManager, before: Date, limit: number): Promise<string[]> {
  return lockedDueIds(tx, 'mail_message', '(t.sent_at < $1 OR t.failed_at < $1)', before, limit);
}

export function removeMailMessages(tx: EntityManager, ids: readonly string[]): Promise<number> {
  return affectedRows(tx, `DELETE FROM mail_message WHERE id = ANY($1::uuid[])`, [ids]);
}
