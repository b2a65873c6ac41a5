import { CandidateStatus, CandidateTrack } from '@werkbrug/core/domain-enums';
import type { Viewer } from '@werkbrug/core/viewer';
import type { EntityManager } from 'typeorm';
import { candidateVisibility, scopeCandidatesTo } from './candidate-access';
import { CandidateProfileEntity } from './candidate-profile.entity';

/**
 * What other libs (accounts, data-rights, placements, sessions) read of a candidate or ask the candidates lib to
 * do to one, so the candidate tables stay behind this lib. Imported by path
 * (`@werkbrug/candidates/candidate-records`) by libs the candidates lib itself builds on, such as accounts.
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

/** The places of the candidates among `candidateIds`, by id (unknown ids are left out). */
export async function candidatePlaces(
  manager: EntityManager,
  candidateIds: readonly string[],
): Promise<Map<string, CandidatePlace>> {
  const rows: { id: string; employer_id: string; region_code: string; status: CandidateStatus }[] =
    await manager.query(
      `SELECT id, employer_id, region_code, status FROM candidate_profile WHERE id = ANY($1::uuid[])`,
      [candidateIds],
    );
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, employerId: r.employer_id, regionCode: r.region_code, status: r.status },
    ]),
  );
}

/**
 * The candidate's place when the viewer may see the profile at all (candidate-access.ts); null when not, or when
 * there is no such candidate — the two look the same to the caller, so nobody can probe for profiles.
 */
export async function visibleCandidatePlace(
  manager: EntityManager,
  viewer: Viewer,
  candidateId: string,
): Promise<CandidatePlace | null> {
  const profile = await candidateProfileWithSharing(manager, candidateId);
  if (!profile || candidateVisibility(viewer, profile) === null) return null;
  return {
    id: profile.id,
    employerId: profile.employerId,
    regionCode: profile.regionCode,
    status: profile.status,
  };
}

/**
 * The profile with whom it is shared, as the access rules (candidate-access.ts, acting-for-candidate.ts) take it;
 * null when there is no such candidate. Read in the caller's transaction, after any lock it took.
 */
export async function candidateProfileWithSharing(
  manager: EntityManager,
  candidateId: string,
): Promise<CandidateProfileEntity | null> {
  return manager.findOne(CandidateProfileEntity, {
    where: { id: candidateId },
    relations: { sharedWith: true },
  });
}

/** Of `candidateIds`, those whose profile the viewer may see at all (candidate-access.ts). */
export async function candidatesVisibleTo(
  manager: EntityManager,
  viewer: Viewer,
  candidateIds: readonly string[],
  /** Only candidates of these employers (a network's members); any employer when null. */
  employerIds: readonly string[] | null = null,
): Promise<Set<string>> {
  if (candidateIds.length === 0 || employerIds?.length === 0) return new Set();
  // Only the ids, filtered by the same rules in SQL: a vacancy's whole list is checked on every page read, and
  // loading each profile to decide in code cost more than the rest of the read.
  const query = scopeCandidatesTo(manager.createQueryBuilder(CandidateProfileEntity, 'c'), viewer)
    .select('c.id', 'id')
    .andWhere('c.id IN (:...candidateIds)', { candidateIds });
  if (employerIds) query.andWhere('c.employer_id IN (:...employerIds)', { employerIds });
  const rows = await query.getRawMany<{ id: string }>();
  return new Set(rows.map((r) => r.id));
}

/** Public codes by candidate id (unknown ids are left out): how plans and lists name a candidate. */
export async function candidatePublicCodes(
  manager: EntityManager,
  candidateIds: readonly string[],
): Promise<Map<string, string>> {
  const rows: { id: string; code: string }[] = await manager.query(
    `SELECT id, public_code AS code FROM candidate_profile WHERE id = ANY($1::uuid[])`,
    [candidateIds],
  );
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** What a placement must respect of the candidate's own contract: when it ends, and the candidate's track. */
export interface CandidateContractTerms {
  readonly candidateId: string;
  /** YYYY-MM-DD; null for a contract without an end. */
  readonly contractEndDate: string | null;
  readonly track: CandidateTrack;
}

/** The contract terms of the candidates among `candidateIds` (unknown ids are left out). */
export async function candidateContractTerms(
  manager: EntityManager,
  candidateIds: readonly string[],
): Promise<CandidateContractTerms[]> {
  if (candidateIds.length === 0) return [];
  const rows: { id: string; end: string | null; track: CandidateTrack }[] = await manager.query(
    `SELECT id, contract_end_date::text AS end, track FROM candidate_profile WHERE id = ANY($1::uuid[])`,
    [candidateIds],
  );
  return rows.map((r) => ({ candidateId: r.id, contractEndDate: r.end, track: r.track }));
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
