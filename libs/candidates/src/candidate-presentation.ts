import { Role, Viewer } from '@werkbrug/core';
import type { CandidateProfileEntity } from './candidate-profile.entity';
import { ProfileVisibility, WORKING_CONDITIONS } from './candidate.enums';

/** Fields only the owner side (the posting employer's HR leads and the candidate) sees. */
export interface OwnerOnlyFields {
  employerId: string | null;
  sharingScope: CandidateProfileEntity['sharingScope'] | null;
  sharedWithEmployerIds: string[] | null;
  version: number | null;
  consentRecordedAt: Date | null;
  targetGroupShared: boolean | null;
  emailNotifications: boolean | null;
}

/**
 * Need-to-know fields: the track (spoor 2 says "long-term sick"), target groups and the contract's end date (the
 * track's timeline) are seen by the owner side, the mobility team, and other employers only with the candidate's
 * consent (SHARE_TARGET_GROUP). Without it, other employers see the working conditions among the support needs.
 */
export interface NeedToKnowFields {
  track: CandidateProfileEntity['track'] | null;
  targetGroups: CandidateProfileEntity['targetGroups'] | null;
  contractEndDate: string | null;
}

export type CandidatePresentation = Omit<
  CandidateProfileEntity,
  keyof OwnerOnlyFields | keyof NeedToKnowFields | 'sharedWith' | 'createdByUserId'
> &
  OwnerOnlyFields &
  NeedToKnowFields & {
    visibility: ProfileVisibility;
    /** Whether the viewer sees the need-to-know fields (else they are null and support needs are filtered). */
    needToKnow: boolean;
  };

/** Whether the viewer may know the candidate's track, target groups and support arrangements. */
export function hasNeedToKnow(
  viewer: Viewer,
  profile: Pick<CandidateProfileEntity, 'employerId' | 'targetGroupShared' | 'id'>,
): boolean {
  switch (viewer.role) {
    case Role.HR_LEAD:
      return viewer.employerId === profile.employerId || profile.targetGroupShared;
    case Role.JOB_SEEKER:
      return viewer.candidateId === profile.id;
    case Role.MOBILITY_TEAM:
      return true;
    // Guiding the person needs their track, target groups and support arrangements.
    case Role.COUNSELLOR:
      return viewer.caseload.includes(profile.id);
    case Role.ADMINISTRATOR:
      return false;
  }
}

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
  const needToKnow = owner || hasNeedToKnow(viewer, profile);
  const { sharedWith, createdByUserId: _createdBy, ...rest } = profile;
  return {
    ...rest,
    visibility,
    needToKnow,
    employerId: owner || viewer.role === Role.MOBILITY_TEAM ? profile.employerId : null,
    sharingScope: owner ? profile.sharingScope : null,
    sharedWithEmployerIds: owner ? sharedWith.map((s) => s.employerId) : null,
    version: owner ? profile.version : null,
    consentRecordedAt: owner ? profile.consentRecordedAt : null,
    targetGroupShared: owner ? profile.targetGroupShared : null,
    emailNotifications: owner ? profile.emailNotifications : null,
    track: needToKnow ? profile.track : null,
    targetGroups: needToKnow ? profile.targetGroups : null,
    contractEndDate: needToKnow ? profile.contractEndDate : null,
    supportNeeds: needToKnow
      ? profile.supportNeeds
      : profile.supportNeeds.filter((n) => WORKING_CONDITIONS.has(n)),
  };
}
