import { type DomainError, ForbiddenError, Role, Viewer } from '@werkbrug/core';
import { Brackets, SelectQueryBuilder } from 'typeorm';
import { CandidateStatus, ConsentStatus, ProfileVisibility, SharingScope } from './candidate.enums';
import type { CandidateProfileEntity } from './candidate-profile.entity';
import { CandidateNotFoundError } from './candidates.errors';
import { matchableCandidate } from './matchable-candidates.store';

/**
 * Who sees which candidate profile, in one place, as a predicate (for single rows) and as a query scope (for
 * lists); the two are tested against each other.
 *
 * - HR leads: their own employer's candidates in full; other employers' candidates in their region only
 *   anonymised, only when active with consent, and only when shared with the whole region or with them.
 * - Mobility team: every consented, non-draft profile of their region, anonymised.
 * - Job seekers: only their own profile.
 * - Counsellors: the profiles of their caseload (the candidates whose open trajectory they guide), anonymised,
 *   on the same terms as the mobility team (consented, not drafts).
 * - Administrators: none — running the platform needs no access to people's profiles.
 */
export function candidateVisibility(
  viewer: Viewer,
  profile: CandidateProfileEntity,
): ProfileVisibility | null {
  switch (viewer.role) {
    case Role.HR_LEAD:
      if (profile.employerId === viewer.employerId) return ProfileVisibility.OWNER;
      return profile.regionCode === viewer.regionCode &&
        profile.status === CandidateStatus.ACTIVE &&
        profile.consentStatus === ConsentStatus.GIVEN &&
        (profile.sharingScope === SharingScope.REGION ||
          (profile.sharedWith ?? []).some((s) => s.employerId === viewer.employerId))
        ? ProfileVisibility.ANONYMISED
        : null;
    case Role.MOBILITY_TEAM:
      return profile.regionCode === viewer.regionCode &&
        profile.status !== CandidateStatus.DRAFT &&
        profile.consentStatus === ConsentStatus.GIVEN
        ? ProfileVisibility.ANONYMISED
        : null;
    case Role.JOB_SEEKER:
      return profile.id === viewer.candidateId ? ProfileVisibility.OWNER : null;
    case Role.COUNSELLOR:
      return profile.regionCode === viewer.regionCode &&
        viewer.caseload.includes(profile.id) &&
        profile.status !== CandidateStatus.DRAFT &&
        profile.consentStatus === ConsentStatus.GIVEN
        ? ProfileVisibility.ANONYMISED
        : null;
    case Role.ADMINISTRATOR:
      return null;
  }
}

/** The same rules as `candidateVisibility`, as a WHERE clause on alias `c`. */
export function scopeCandidatesTo(
  query: SelectQueryBuilder<CandidateProfileEntity>,
  viewer: Viewer,
): SelectQueryBuilder<CandidateProfileEntity> {
  switch (viewer.role) {
    case Role.HR_LEAD:
      return query.andWhere(
        new Brackets((own) =>
          own.where('c.employer_id = :viewerEmployer', { viewerEmployer: viewer.employerId }).orWhere(
            new Brackets((shared) =>
              shared
                .where('c.region_code = :viewerRegion', { viewerRegion: viewer.regionCode })
                .andWhere(matchableCandidate('c'))
                .andWhere(
                  new Brackets((scope) =>
                    scope
                      .where(`c.sharing_scope = 'REGION'`)
                      .orWhere(
                        `EXISTS (SELECT 1 FROM candidate_shared_employer s WHERE s.candidate_id = c.id AND s.employer_id = :viewerEmployer)`,
                      ),
                  ),
                ),
            ),
          ),
        ),
      );
    case Role.MOBILITY_TEAM:
      return query
        .andWhere('c.region_code = :viewerRegion', { viewerRegion: viewer.regionCode })
        .andWhere(`c.status <> 'DRAFT' AND c.consent_status = 'GIVEN'`);
    case Role.JOB_SEEKER:
      return query.andWhere('c.id = :viewerCandidate', { viewerCandidate: viewer.candidateId });
    case Role.COUNSELLOR:
      return query
        .andWhere('c.region_code = :viewerRegion', { viewerRegion: viewer.regionCode })
        .andWhere('c.id = ANY(:caseload::uuid[])', { caseload: viewer.caseload })
        .andWhere(`c.status <> 'DRAFT' AND c.consent_status = 'GIVEN'`);
    case Role.ADMINISTRATOR:
      return query.andWhere('FALSE');
  }
}

/** Only the owning employer's HR leads manage a profile. */
export function canManageCandidate(
  viewer: Viewer,
  profile: Pick<CandidateProfileEntity, 'employerId'>,
): boolean {
  return viewer.role === Role.HR_LEAD && viewer.employerId === profile.employerId;
}

/** Consent belongs to the candidate; their HR lead may record consent the candidate gave on paper. */
export function canRecordConsent(
  viewer: Viewer,
  profile: Pick<CandidateProfileEntity, 'id' | 'employerId'>,
): boolean {
  return (
    canManageCandidate(viewer, profile) ||
    (viewer.role === Role.JOB_SEEKER && viewer.candidateId === profile.id)
  );
}

/**
 * The one answer to a refused request about a candidate or what hangs from one: NOT_FOUND when the viewer may not
 * see it at all (a refusal must not tell that it exists), FORBIDDEN when they see it but may not do this.
 */
export function requireCandidateAccess<T>(
  seen: T | null | undefined,
  allowed: (subject: T) => boolean,
  refusal: { notFound?: () => DomainError; forbidden?: () => DomainError } = {},
): T {
  if (seen === null || seen === undefined) throw refusal.notFound?.() ?? new CandidateNotFoundError();
  if (!allowed(seen)) throw refusal.forbidden?.() ?? new ForbiddenError();
  return seen;
}
