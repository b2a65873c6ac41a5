import { Role, Viewer } from '@werkbrug/core';
import { PlanActionOwner, TrajectoryVisibility } from './trajectory.enums';

/**
 * Who sees and does what in a trajectory, in one place.
 *
 * - The counsellor (a mobility-team member of the region, or an external re-integration adviser with the COUNSELLOR
 *   role) runs it: screening, plan, contacts, closing, and sees everything, the health domain included. An external
 *   counsellor sees only the trajectories assigned to them, and keeps seeing them after they close (the final
 *   report, the follow-ups).
 * - The candidate sees their own trajectory in full: the health details are about them. They write their own
 *   monthly progress note, which only they and the counsellor read.
 * - The client employer's HR leads and the rest of the region's mobility team see it without health details;
 *   HR leads confirm the spoor-2 preconditions (they are the employer's duties), the mobility team opens
 *   trajectories and assigns the counsellor.
 * - Administrators and everyone else: nothing, and an unknown id looks the same.
 */
export interface TrajectoryParties {
  readonly regionCode: string;
  readonly clientEmployerId: string;
  readonly candidateId: string;
  readonly counsellorUserId: string;
}

export enum TrajectoryAction {
  ASSIGN_COUNSELLOR = 'ASSIGN_COUNSELLOR',
  CONFIRM_PRECONDITION = 'CONFIRM_PRECONDITION',
  /** Screening items, conclusions, the plan, contacts and closing: the counsellor's own work. */
  GUIDE = 'GUIDE',
  /** The monthly progress note: the candidate's own words, so only they write it. */
  WRITE_PROGRESS_NOTE = 'WRITE_PROGRESS_NOTE',
}

export function trajectoryVisibility(viewer: Viewer, t: TrajectoryParties): TrajectoryVisibility | null {
  switch (viewer.role) {
    case Role.MOBILITY_TEAM:
      if (viewer.regionCode !== t.regionCode) return null;
      return viewer.userId === t.counsellorUserId
        ? TrajectoryVisibility.FULL
        : TrajectoryVisibility.WITHOUT_HEALTH;
    case Role.HR_LEAD:
      return viewer.employerId === t.clientEmployerId ? TrajectoryVisibility.WITHOUT_HEALTH : null;
    case Role.JOB_SEEKER:
      return viewer.candidateId === t.candidateId ? TrajectoryVisibility.FULL : null;
    case Role.COUNSELLOR:
      return viewer.regionCode === t.regionCode && viewer.userId === t.counsellorUserId
        ? TrajectoryVisibility.FULL
        : null;
    case Role.ADMINISTRATOR:
      return null;
  }
}

/** Whether the viewer is the trajectory's counsellor, from the mobility team or from outside it. */
function isCounsellorOf(viewer: Viewer, t: TrajectoryParties): boolean {
  return (
    (viewer.role === Role.MOBILITY_TEAM || viewer.role === Role.COUNSELLOR) &&
    viewer.userId === t.counsellorUserId
  );
}

/** Whether a viewer who may see the trajectory may also take `action` on it. */
export function mayTakeTrajectoryAction(
  viewer: Viewer,
  t: TrajectoryParties,
  action: TrajectoryAction,
): boolean {
  if (trajectoryVisibility(viewer, t) === null) return false;
  const isCounsellor = isCounsellorOf(viewer, t);
  switch (action) {
    case TrajectoryAction.ASSIGN_COUNSELLOR:
      return viewer.role === Role.MOBILITY_TEAM;
    case TrajectoryAction.CONFIRM_PRECONDITION:
      return isCounsellor || viewer.role === Role.HR_LEAD;
    case TrajectoryAction.GUIDE:
      return isCounsellor;
    case TrajectoryAction.WRITE_PROGRESS_NOTE:
      return viewer.role === Role.JOB_SEEKER;
  }
}

/**
 * Who ticks off an action of the plan: the counsellor any; the candidate their own; the client employer's HR leads
 * theirs. Nobody ticks off someone else's work as done.
 */
export function mayCompletePlanAction(viewer: Viewer, t: TrajectoryParties, owner: PlanActionOwner): boolean {
  if (mayTakeTrajectoryAction(viewer, t, TrajectoryAction.GUIDE)) return true;
  if (trajectoryVisibility(viewer, t) === null) return false;
  switch (owner) {
    case PlanActionOwner.CANDIDATE:
      return viewer.role === Role.JOB_SEEKER;
    case PlanActionOwner.CLIENT:
      return viewer.role === Role.HR_LEAD;
    case PlanActionOwner.COUNSELLOR:
      return false;
  }
}
