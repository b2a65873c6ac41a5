import { affectedRows, type RemovalCounts } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/** What identifies the person inside the candidates lib, for an erasure. */
export interface CandidateKeys {
  readonly publicCode: string;
  readonly regionCode: string;
  readonly identityEmail: string | null;
}

export async function candidateKeys(tx: EntityManager, candidateId: string): Promise<CandidateKeys> {
  const [row]: { public_code: string; region_code: string; email: string | null }[] = await tx.query(
    `SELECT c.public_code, c.region_code, i.email FROM candidate_profile c
       LEFT JOIN candidate_identity i ON i.candidate_id = c.id WHERE c.id = $1`,
    [candidateId],
  );
  return { publicCode: row.public_code, regionCode: row.region_code, identityEmail: row.email };
}

/** Erasure of a person: their consents and statements (kept until now as evidence), before anything else goes. */
export async function eraseConsentsOfPerson(tx: EntityManager, candidateId: string): Promise<RemovalCounts> {
  return {
    consentRecords: await affectedRows(tx, `DELETE FROM consent_record WHERE candidate_id = $1`, [
      candidateId,
    ]),
    consentStatements: await affectedRows(tx, `DELETE FROM consent_statement WHERE candidate_id = $1`, [
      candidateId,
    ]),
  };
}

/**
 * Erasure of a person, last step: the profile and everything hanging from it by foreign key (identity, skills,
 * sharing, disclosures, access log, match cases and their events, ratings, exports).
 */
export async function eraseProfile(tx: EntityManager, candidateId: string): Promise<RemovalCounts> {
  return { profile: await affectedRows(tx, `DELETE FROM candidate_profile WHERE id = $1`, [candidateId]) };
}
