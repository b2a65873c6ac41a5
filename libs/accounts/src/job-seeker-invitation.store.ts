import type { EntityManager } from 'typeorm';
import { JobSeekerInvitationEntity } from './job-seeker-invitation.entity';

/** Whether an invitation with this code hash can still be claimed; without a lock (the claim checks again). */
export async function isInvitationClaimable(manager: EntityManager, codeSha256: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM job_seeker_invitation
     WHERE code_sha256 = $1 AND claimed_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
    [codeSha256],
  );
  return rows.length > 0;
}

/** The claimable invitation with this code hash, locked until the transaction ends; null when there is none. */
export function lockClaimableInvitation(
  tx: EntityManager,
  codeSha256: string,
): Promise<JobSeekerInvitationEntity | null> {
  return tx
    .createQueryBuilder(JobSeekerInvitationEntity, 'i')
    .setLock('pessimistic_write')
    .where('i.codeSha256 = :hash', { hash: codeSha256 })
    .andWhere('i.claimedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > now()')
    .getOne();
}
