import { affectedRows, lockedDueIds } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { allowAuditMaintenance } from './audit-entry.store';

/**
 * What the retention job (libs/data-rights, which decides how long) removes of the audit trail. The trail is
 * append-only for everyone else: its trigger lets a deletion through only in a transaction that says it is
 * maintenance, which only this lib says.
 */

/** Audit entries older than `before`: a locked batch of ids (see lockedDueIds). */
export function dueAuditEntryIds(tx: EntityManager, before: Date, limit: number): Promise<string[]> {
  return lockedDueIds(tx, 'audit_entry', 't.at < $1', before, limit);
}

export async function removeAuditEntries(tx: EntityManager, ids: readonly string[]): Promise<number> {
  await allowAuditMaintenance(tx);
  return affectedRows(tx, `DELETE FROM audit_entry WHERE id = ANY($1::bigint[])`, [ids]);
}
