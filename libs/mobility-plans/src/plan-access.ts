import { Role, type Viewer } from '@werkbrug/core';

/** What a viewer may do with a plan: write it (drafts, publishing), read its published version, or nothing. */
export type PlanAccess = 'EDIT' | 'READ_PUBLISHED' | 'NONE';

/**
 * A plan is the employer's and its region's: its HR leads and the region's mobility team write it; the employer's
 * own employees (job seekers whose profile it posted) read what is published. Other employers, counsellors and
 * administrators have no part in it.
 */
export function planAccess(viewer: Viewer, plan: { employerId: string; regionCode: string }): PlanAccess {
  switch (viewer.role) {
    case Role.HR_LEAD:
      return viewer.employerId === plan.employerId ? 'EDIT' : 'NONE';
    case Role.MOBILITY_TEAM:
      return viewer.regionCode === plan.regionCode ? 'EDIT' : 'NONE';
    case Role.JOB_SEEKER:
      return viewer.employerId === plan.employerId ? 'READ_PUBLISHED' : 'NONE';
    default:
      return 'NONE';
  }
}
