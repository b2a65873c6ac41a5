import { Role, Viewer } from '@werkbrug/core';
import type { CandidateProfileEntity } from './candidate-profile.entity';
import { ProfileVisibility } from './candidate.enums';

/** Fields only the owner side (the posting employer's HR leads and the candidate) sees. */
export interface OwnerOnlyFields {
  employerId: string | null;
  sharingScope: CandidateProfileEntity['sharingScope'] | null;
  sharedWithEmployerIds: string[] | null;
  version: number | null;
  consentRecordedAt: Date | null;
}

export type CandidatePresentation = Omit<
  CandidateProfileEntity,
  keyof OwnerOnlyFields | 'sharedWith' | 'createdByUserId'
> &
  OwnerOnlyFields & { visibility: ProfileVisibility };

/**
 * What a viewer gets to see of a profile they may see at all. Anonymised viewers lose the owner's internal
 * fields; the mobility team keeps the posting employer because it organises exchanges between employers.
 * Identity is never part of a profile (it lives in its own table and service).
 */
export function presentCandidate(
  viewer: Viewer,
  view: { profile: CandidateProfileEntity; visibility: ProfileVisibility },
): CandidatePresentation {
  const { profile, visibility } = view;
  const owner = visibility === ProfileVisibility.OWNER;
  const { sharedWith, createdByUserId: _createdBy, ...rest } = profile;
  return {
    ...rest,
    visibility,
    employerId: owner || viewer.role === Role.MOBILITY_TEAM ? profile.employerId : null,
    sharingScope: owner ? profile.sharingScope : null,
    sharedWithEmployerIds: owner ? sharedWith.map((s) => s.employerId) : null,
    version: owner ? profile.version : null,
    consentRecordedAt: owner ? profile.consentRecordedAt : null,
  };
}
