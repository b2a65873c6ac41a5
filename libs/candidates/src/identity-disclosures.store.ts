import { affectedRows } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { lockCandidate } from './candidate-profile.store';

/**
 * Identity disclosures (who may read a candidate's name and contact details) are the candidates lib's: other
 * libs open and end them through these functions, with the candidate locked (lockCandidate), never by SQL of
 * their own. One open disclosure per candidate and employer, shared by everything that rests on it.
 */

/** Opens the disclosure to the employer, or joins the open one; `opened` says whether it is new. */
export async function openIdentityDisclosure(
  tx: EntityManager,
  candidateId: string,
  employerId: string,
): Promise<{ id: string; opened: boolean }> {
  await lockCandidate(tx, candidateId);
  const inserted: { id: string }[] = await tx.query(
    `INSERT INTO identity_disclosure (candidate_id, employer_id) VALUES ($1, $2)
     ON CONFLICT (candidate_id, employer_id) WHERE revoked_at IS NULL DO NOTHING RETURNING id`,
    [candidateId, employerId],
  );
  if (inserted.length > 0) return { id: inserted[0].id, opened: true };
  const [{ id }]: { id: string }[] = await tx.query(
    `SELECT id FROM identity_disclosure WHERE candidate_id = $1 AND employer_id = $2 AND revoked_at IS NULL`,
    [candidateId, employerId],
  );
  return { id, opened: false };
}

/** Ends one disclosure (the caller knows nothing rests on it any more); false when it had already ended. */
export async function endIdentityDisclosure(
  tx: EntityManager,
  candidateId: string,
  disclosureId: string,
): Promise<boolean> {
  await lockCandidate(tx, candidateId);
  const ended = await affectedRows(
    tx,
    `UPDATE identity_disclosure SET revoked_at = now() WHERE id = $1 AND candidate_id = $2 AND revoked_at IS NULL`,
    [disclosureId, candidateId],
  );
  return ended > 0;
}

/** Whether the employer holds an open disclosure of the candidate's identity. */
export async function hasOpenIdentityDisclosure(
  manager: EntityManager,
  candidateId: string,
  employerId: string,
): Promise<boolean> {
  const disclosed: unknown[] = await manager.query(
    `SELECT 1 FROM identity_disclosure WHERE candidate_id = $1 AND employer_id = $2 AND revoked_at IS NULL`,
    [candidateId, employerId],
  );
  return disclosed.length > 0;
}
