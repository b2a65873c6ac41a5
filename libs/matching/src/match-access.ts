import { ProfileVisibility } from '@werkbrug/candidates';
import { type DomainError, ForbiddenError, Role, type Viewer, type ViewerOf } from '@werkbrug/core';

/**
 * Matching's one answer to "may this viewer do this to something they can see?". Something the viewer may not
 * see at all is NOT_FOUND, and the scoped store reads (or the owning lib's `get`) have already said so before
 * these rules run; seeing it without the right to act is FORBIDDEN, thrown here and nowhere else in the lib.
 */
export function requireRight(allowed: boolean, refusal?: () => DomainError): asserts allowed {
  if (!allowed) throw refusal?.() ?? new ForbiddenError();
}

/** Work only one role does (a region's pairs and allocation for its mobility team, ratings for job seekers). */
export function requireRole<R extends Role>(viewer: Viewer, role: R): asserts viewer is ViewerOf<R> {
  requireRight(viewer.role === role);
}

/** A candidate's suggestions and planning: the candidate's owners (themselves, their own HR leads) and the region. */
export const mayWorkWithCandidateMatches = (viewer: Viewer, visibility: ProfileVisibility): boolean =>
  visibility === ProfileVisibility.OWNER || viewer.role === Role.MOBILITY_TEAM;

/**
 * Acting for the employer of a vacancy or a match (its matches, outcome, answer at a meeting): the
 * employer's HR leads and the mobility team of the region.
 */
export const actsForEmployer = (
  viewer: Viewer,
  match: { readonly employerId: string; readonly regionCode: string },
): boolean =>
  (viewer.role === Role.HR_LEAD && viewer.employerId === match.employerId) ||
  (viewer.role === Role.MOBILITY_TEAM && viewer.regionCode === match.regionCode);
