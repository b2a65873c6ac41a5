import { affectedRows, type RemovalCounts } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { UserAccountEntity } from './user-account.entity';

/**
 * Account facts other libs need to decide who may act for a candidate. Imported by path (not through the
 * module), so libs below accounts can use them without pulling in authentication.
 */

/** Whether the candidate has claimed a job-seeker account (then they answer for themself). */
export async function candidateHasAccount(manager: EntityManager, candidateId: string): Promise<boolean> {
  return manager.exists(UserAccountEntity, { where: { candidateId } });
}

/** An account's display name, as shown to the people it deals with. */
export async function accountDisplayName(manager: EntityManager, userId: string): Promise<string | null> {
  const account = await manager.findOne(UserAccountEntity, {
    where: { id: userId },
    select: { id: true, displayName: true },
  });
  return account?.displayName ?? null;
}

/** Open invitations stop working: a newer one was sent, or the address they went to was changed. */
export async function revokeOpenInvitations(tx: EntityManager, candidateId: string): Promise<void> {
  await tx.query(
    `UPDATE job_seeker_invitation SET revoked_at = now()
     WHERE candidate_id = $1 AND claimed_at IS NULL AND revoked_at IS NULL`,
    [candidateId],
  );
}

/** The person's own accounts (ids and login addresses), for an erasure. */
export async function accountsOfPerson(
  tx: EntityManager,
  candidateId: string,
): Promise<{ userIds: string[]; emails: string[] }> {
  const rows: { id: string; email: string }[] = await tx.query(
    `SELECT id, email::text AS email FROM user_account WHERE candidate_id = $1`,
    [candidateId],
  );
  return { userIds: rows.map((r) => r.id), emails: rows.map((r) => r.email) };
}

/** Erasure of a person: their accounts (their events and invitations go with them, by foreign key). */
export async function eraseAccountsOfPerson(
  tx: EntityManager,
  userIds: readonly string[],
): Promise<RemovalCounts> {
  return {
    accounts: await affectedRows(tx, `DELETE FROM user_account WHERE id = ANY($1::uuid[])`, [userIds]),
  };
}
