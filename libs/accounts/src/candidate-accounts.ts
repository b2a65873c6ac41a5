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
