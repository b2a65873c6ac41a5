import { Role, type Viewer } from '@werkbrug/core';

/** Whose hire it is: the region, the employer the candidate came from, the candidate. */
export interface HireParties {
  readonly regionCode: string;
  readonly fromEmployerId: string;
  readonly candidateId: string;
  /** Who follows the hire up as counsellor, when one does (follow_up.counsellor_user_id). */
  readonly followUpCounsellorUserId?: string | null;
}

/**
 * Hires and their follow-ups are seen by the region's mobility team, the HR leads of the employer the candidate
 * came from and the candidate; the team and those HR leads record and follow them up. The hiring employer learns
 * nothing here: who the person is stays behind consent. An external counsellor sees the hires of their caseload and
 * those they follow up, also after the trajectory closed.
 */
export function mayReadHire(viewer: Viewer, hire: HireParties): boolean {
  switch (viewer.role) {
    case Role.MOBILITY_TEAM:
      return viewer.regionCode === hire.regionCode;
    case Role.HR_LEAD:
      return viewer.employerId === hire.fromEmployerId;
    case Role.JOB_SEEKER:
      return viewer.candidateId === hire.candidateId;
    case Role.COUNSELLOR:
      return (
        viewer.regionCode === hire.regionCode &&
        (viewer.caseload.includes(hire.candidateId) || viewer.userId === hire.followUpCounsellorUserId)
      );
    case Role.ADMINISTRATOR:
      return false;
  }
}

export function mayRecordForCandidate(viewer: Viewer, hire: HireParties): boolean {
  return viewer.role !== Role.JOB_SEEKER && mayReadHire(viewer, hire);
}

/** A counsellor answers the follow-ups assigned to them, not those of other hires of the same person. */
export function mayAnswerFollowUp(viewer: Viewer, hire: HireParties): boolean {
  if (viewer.role === Role.COUNSELLOR) return viewer.userId === hire.followUpCounsellorUserId;
  return mayRecordForCandidate(viewer, hire);
}
