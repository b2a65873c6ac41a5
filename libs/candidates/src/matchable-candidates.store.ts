import type { EntityManager } from 'typeorm';
import { CandidateStatus, ConsentStatus, SharingScope } from './candidate.enums';

/**
 * The one rule for "a candidate matching may use": active, and sharing their profile with consent. Other libs
 * put this condition in their queries (matching) or call the functions below (sessions) instead of writing it
 * again, so a change to the rule (a paused state, a new consent) happens here once.
 *
 * `alias`: the candidate_profile alias in the caller's query, or '' for an unaliased table.
 */
export function matchableCandidate(alias = 'c'): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return `${column('status')} = '${CandidateStatus.ACTIVE}' AND ${column('consent_status')} = '${ConsentStatus.GIVEN}'`;
}

/** Of `candidateIds`, those of the region that matching may use (others and unknown ids are left out). */
export async function matchableCandidatesAmong(
  manager: EntityManager,
  candidateIds: readonly string[],
  regionCode: string,
): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM candidate_profile WHERE id = ANY($1::uuid[]) AND region_code = $2 AND ${matchableCandidate('')}`,
    [candidateIds, regionCode],
  );
  return rows.map((r) => r.id);
}

/** A candidate matching may use, with what ranks them for an invitation. */
export interface MatchableCandidate {
  readonly id: string;
  readonly employerId: string;
  readonly publicCode: string;
  /** YYYY-MM-DD; null for a contract without an end. */
  readonly contractEndDate: string | null;
}

/** Every candidate of the region that matching may use, by id. */
export async function matchableCandidatesInRegion(
  manager: EntityManager,
  regionCode: string,
): Promise<MatchableCandidate[]> {
  return manager.query(
    `SELECT id, employer_id AS "employerId", public_code AS "publicCode", contract_end_date::text AS "contractEndDate"
     FROM candidate_profile WHERE region_code = $1 AND ${matchableCandidate('')} ORDER BY id`,
    [regionCode],
  );
}

/** Whom a matchable candidate's profile is shown to besides their own employer. */
export interface CandidateSharing {
  readonly id: string;
  readonly employerId: string;
  /** The employers the profile is shared with when it is not shared with the whole region; null for the region. */
  readonly sharedWith: string[] | null;
}

/** The sharing of the candidates among `candidateIds` that matching may use, by id (others are left out). */
export async function matchableCandidateSharing(
  manager: EntityManager,
  candidateIds: readonly string[],
): Promise<Map<string, CandidateSharing>> {
  const rows: CandidateSharing[] = await manager.query(
    `SELECT c.id, c.employer_id AS "employerId",
            CASE WHEN c.sharing_scope = '${SharingScope.REGION}' THEN NULL ELSE
              coalesce((SELECT array_agg(s.employer_id::text) FROM candidate_shared_employer s WHERE s.candidate_id = c.id), '{}')
            END AS "sharedWith"
     FROM candidate_profile c WHERE c.id = ANY($1::uuid[]) AND ${matchableCandidate('c')}`,
    [candidateIds],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Of `candidateIds`, the candidates matching may use whose profile the employer sees: shared with the whole
 * region or with this employer by name.
 */
export async function matchableCandidatesSharedWith(
  manager: EntityManager,
  candidateIds: readonly string[],
  employerId: string,
): Promise<Set<string>> {
  const sharing = await matchableCandidateSharing(manager, candidateIds);
  return new Set(
    [...sharing.values()]
      .filter((c) => c.sharedWith === null || c.sharedWith.includes(employerId))
      .map((c) => c.id),
  );
}
