import { affectedRows, type RemovalCounts } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { allowAuditMaintenance } from './audit-entry.store';

/** Erasure of a person: the audit trail keeps what was done (append-only), but no longer to or by whom. */
export async function anonymiseAuditOfPerson(
  tx: EntityManager,
  person: { candidateId: string; subjectIds: readonly string[]; userIds: readonly string[] },
): Promise<RemovalCounts> {
  await allowAuditMaintenance(tx);
  return {
    auditEntriesAnonymised: await affectedRows(
      tx,
      `UPDATE audit_entry SET candidate_id = NULL,
         subject_id = CASE WHEN subject_id = ANY($2::uuid[]) THEN NULL ELSE subject_id END,
         actor_user_id = CASE WHEN actor_user_id = ANY($3::uuid[]) THEN NULL ELSE actor_user_id END
       WHERE candidate_id = $1 OR subject_id = ANY($2::uuid[]) OR actor_user_id = ANY($3::uuid[])`,
      [person.candidateId, person.subjectIds, person.userIds],
    ),
  };
}
