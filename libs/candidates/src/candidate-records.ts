import { CandidateStatus } from '@werkbrug/core/domain-enums';
import type { EntityManager } from 'typeorm';

/**
 * What other libs (accounts, data-rights) read of a candidate or ask the candidates lib to do to one, so the
 * candidate tables stay behind this lib. Imported by path (`@werkbrug/candidates/candidate-records`) by libs
 * the candidates lib itself builds on, such as accounts.
 */

/** Where a candidate belongs: who posted them, in which region, and their status. */
export interface CandidatePlace {
  readonly id: string;
  readonly employerId: string;
  readonly regionCode: string;
  readonly status: CandidateStatus;
}

/**
 * The candidate's place, null when there is no such candidate; with `lock`, the profile row stays locked (FOR
 * UPDATE) until the transaction ends — the lock an erasure, an export and an account claim take.
 */
export async function candidatePlace(
  manager: EntityManager,
  candidateId: string,
  { lock }: { lock: boolean },
): Promise<CandidatePlace | null> {
  const [row]: { id: string; employer_id: string; region_code: string; status: CandidateStatus }[] =
    await manager.query(
      `SELECT id, employer_id, region_code, status FROM candidate_profile WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [candidateId],
    );
  return row
    ? { id: row.id, employerId: row.employer_id, regionCode: row.region_code, status: row.status }
    : null;
}

/** Locks the profile row (FOR UPDATE, see `candidatePlace`); false when there is no such candidate. */
export async function lockCandidateProfile(manager: EntityManager, candidateId: string): Promise<boolean> {
  return (await candidatePlace(manager, candidateId, { lock: true })) !== null;
}

/** An erasure request pauses an active profile: out of every match list on the next rescore. */
export async function pauseCandidateForErasure(tx: EntityManager, candidateId: string): Promise<void> {
  await tx.query(
    `UPDATE candidate_profile SET status = 'PAUSED', version = version + 1, updated_at = now() WHERE id = $1`,
    [candidateId],
  );
}

/** A cancelled erasure request makes the profile it paused active again (unless it was changed since). */
export async function resumeCandidateAfterErasure(tx: EntityManager, candidateId: string): Promise<void> {
  await tx.query(
    `UPDATE candidate_profile SET status = 'ACTIVE', version = version + 1, updated_at = now()
     WHERE id = $1 AND status = 'PAUSED'`,
    [candidateId],
  );
}

/** The profile row as stored, every column: for the person's own-data export. */
export async function candidateProfileRows(
  tx: EntityManager,
  candidateId: string,
): Promise<Record<string, unknown>[]> {
  return tx.query(`SELECT * FROM candidate_profile WHERE id = $1`, [candidateId]);
}

/** What identifies the person in the candidate tables: id (also as hex), public code, name, e-mail, phone. */
export async function candidateIdentifyingValues(tx: EntityManager, candidateId: string): Promise<string[]> {
  const [row]: { values: (string | null)[] }[] = await tx.query(
    `SELECT ARRAY[c.id::text, replace(c.id::text, '-', ''), c.public_code, i.full_name, i.email::text, i.phone]
              AS values
     FROM candidate_profile c LEFT JOIN candidate_identity i ON i.candidate_id = c.id WHERE c.id = $1`,
    [candidateId],
  );
  return (row?.values ?? []).filter((v): v is string => !!v);
}

/**
 * Whom an account invitation goes to: the posting employer and the address in the identity (null when none).
 * Locks the profile (FOR UPDATE) first, as a claim does; null when there is no such candidate.
 */
export async function lockInvitationAddressee(
  tx: EntityManager,
  candidateId: string,
): Promise<{ employerId: string; email: string | null } | null> {
  const [row]: { employer_id: string; email: string | null }[] = await tx.query(
    `SELECT c.employer_id, i.email
     FROM candidate_profile c LEFT JOIN candidate_identity i ON i.candidate_id = c.id
     WHERE c.id = $1 FOR UPDATE OF c`,
    [candidateId],
  );
  return row ? { employerId: row.employer_id, email: row.email } : null;
}
