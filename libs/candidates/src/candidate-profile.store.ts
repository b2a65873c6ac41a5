import { groupBy, type Viewer } from '@werkbrug/core';
import { type EntityManager, In, QueryFailedError, type SelectQueryBuilder } from 'typeorm';
import { candidateVisibility, scopeCandidatesTo } from './candidate-access';
import {
  CandidateDevelopmentSkillEntity,
  CandidateSharedEmployerEntity,
  CandidateStrengthEntity,
} from './candidate-parts.entity';
import { CandidateProfileEntity } from './candidate-profile.entity';
import type { ProfileVisibility } from './candidate.enums';
import { generatePublicCode } from './public-code';

export interface CandidateView {
  profile: CandidateProfileEntity;
  visibility: ProfileVisibility;
}

/**
 * Locks the candidate's profile row until the transaction ends; false when there is no such candidate.
 *
 * The one lock order for everything that touches a candidate's consent or speaks for them: this row first,
 * then the placement locks (placement-locks.store.ts), then the match case, placement or statement rows, then identity
 * disclosures. Claiming a job-seeker account locks the same row (FOR UPDATE) before creating the account, so a
 * claim and an HR lead answering on the candidate's behalf never overlap; and two consent changes for one
 * candidate (a grant and a release of a disclosure, a revocation and a withdrawal) run one after the other.
 *
 * FOR NO KEY UPDATE, the lock an UPDATE of the row takes: it conflicts with itself, with the claim's FOR UPDATE
 * and with profile updates, but not with the key-share locks of inserts that reference the candidate
 * (notifications, the access log), so a worker that holds the placement locks and notifies the candidate never
 * waits for it while it waits for the placement locks.
 */
export async function lockCandidate(manager: EntityManager, candidateId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM candidate_profile WHERE id = $1 FOR NO KEY UPDATE`,
    [candidateId],
  );
  return rows.length > 0;
}

/**
 * The profile with its parts when the viewer may see it; null when not, or when there is no such candidate — the
 * two look the same, so nobody can probe for other employers' candidates.
 */
export async function findVisibleCandidate(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
): Promise<CandidateView | null> {
  const [profile] = await candidateProfilesWithParts(manager, [id]);
  const visibility = profile ? candidateVisibility(viewer, profile) : null;
  return profile && visibility ? { profile, visibility } : null;
}

/** The profiles among `ids` the viewer may see, in the order given (others and unknown ids are left out). */
export async function findVisibleCandidates(
  manager: EntityManager,
  viewer: Viewer,
  ids: readonly string[],
): Promise<CandidateView[]> {
  const found = await candidateProfilesWithParts(manager, ids);
  const byId = new Map(found.map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const profile = byId.get(id);
    const visibility = profile ? candidateVisibility(viewer, profile) : null;
    return profile && visibility ? [{ profile, visibility }] : [];
  });
}

/** The profiles the viewer may see, as a query on alias `c` for the caller's filters and paging. */
export function visibleCandidatesQuery(
  manager: EntityManager,
  viewer: Viewer,
): SelectQueryBuilder<CandidateProfileEntity> {
  return scopeCandidatesTo(manager.createQueryBuilder(CandidateProfileEntity, 'c'), viewer);
}

/**
 * The profiles among `ids` with their parts, in no particular order; the caller has scoped the ids. One query per
 * part rather than one joined query: joining three one-to-many parts returns every combination of strength,
 * development skill and shared employer as a row of the whole profile (strengths × development skills × shared
 * employers rows per profile), and parsing rows was the gateway's largest cost in reading match lists.
 */
export async function candidateProfilesWithParts(
  manager: EntityManager,
  ids: readonly string[],
): Promise<CandidateProfileEntity[]> {
  if (ids.length === 0) return [];
  const profiles = await manager.find(CandidateProfileEntity, { where: { id: In([...ids]) } });
  if (profiles.length === 0) return [];
  const ofProfiles = { where: { candidateId: In(profiles.map((p) => p.id)) } };
  // One after the other: a page's read should hold one pooled connection, not four.
  const byCandidate = <T extends { candidateId: string }>(rows: T[]) => groupBy(rows, (r) => r.candidateId);
  const strengths = byCandidate(await manager.find(CandidateStrengthEntity, ofProfiles));
  const developmentSkills = byCandidate(await manager.find(CandidateDevelopmentSkillEntity, ofProfiles));
  const sharedWith = byCandidate(await manager.find(CandidateSharedEmployerEntity, ofProfiles));
  for (const profile of profiles) {
    profile.strengths = strengths.get(profile.id) ?? [];
    profile.developmentSkills = developmentSkills.get(profile.id) ?? [];
    profile.sharedWith = sharedWith.get(profile.id) ?? [];
  }
  return profiles;
}

/**
 * Writes columns of the profile and counts a new version. With `expectedVersion`, only while the stored version
 * is that one (optimistic locking); returns the rows changed, 0 when the version moved on.
 */
export async function updateCandidateProfile(
  tx: EntityManager,
  id: string,
  columns: Partial<CandidateProfileEntity>,
  expectedVersion?: number,
): Promise<number> {
  const result = await tx
    .createQueryBuilder()
    .update(CandidateProfileEntity)
    .set({ ...columns, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where(
      expectedVersion === undefined ? 'id = :id' : 'id = :id AND version = :version',
      expectedVersion === undefined ? { id } : { id, version: expectedVersion },
    )
    .execute();
  return result.affected ?? 0;
}

/**
 * Moves the profile's change time without counting a version: something the matching model reads about the person
 * changed outside the profile, and an HR lead editing the profile meanwhile must not get a version conflict for it.
 */
export async function touchCandidateProfile(tx: EntityManager, id: string): Promise<void> {
  // Plain SQL: TypeORM's update counts the entity's version column by itself.
  await tx.query(`UPDATE candidate_profile SET updated_at = now() WHERE id = $1`, [id]);
}

/** Public codes are random; on the rare collision, draw again rather than fail the HR lead's request. */
export async function insertCandidateProfile(
  tx: EntityManager,
  columns: Partial<CandidateProfileEntity>,
): Promise<CandidateProfileEntity> {
  for (let attempt = 0; ; attempt++) {
    try {
      await tx.query('SAVEPOINT public_code');
      const saved = await tx.save(
        tx.create(CandidateProfileEntity, { ...columns, publicCode: generatePublicCode() }),
      );
      await tx.query('RELEASE SAVEPOINT public_code');
      return saved;
    } catch (error) {
      const unique =
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string; constraint?: string }).code === '23505';
      if (!unique || attempt >= 5) throw error;
      await tx.query('ROLLBACK TO SAVEPOINT public_code');
    }
  }
}
