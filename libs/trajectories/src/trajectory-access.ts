import { Role, Viewer } from '@werkbrug/core';
import { TrajectoryVisibility } from './trajectory.enums';

/**
 * Who sees and does what in a trajectory, in one place.
 *
 * - The counsellor (a mobility-team member of the region) runs it: screening, contacts, closing, and sees
 *   everything, the health domain included.
 * - The candidate sees their own trajectory in full: the health details are about them.
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
  /** Screening items, conclusions, contacts and closing: the counsellor's own work. */
  GUIDE = 'GUIDE',
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
    case Role.ADMINISTRATOR:
      return null;
  }
}

/** Whether a viewer who may see the trajectory may also take `action` on it. */
export function mayTakeTrajectoryAction(
  viewer: Viewer,
  t: TrajectoryParties,
  action: TrajectoryAction,
): boolean {
  if (trajectoryVisibility(viewer, t) === null) return false;
  const isCounsellor = viewer.role === Role.MOBILITY_TEAM && viewer.userId === t.counsellorUserId;
  switch (action) {
    case TrajectoryAction.ASSIGN_COUNSELLOR:
      return viewer.role === Role.MOBILITY_TEAM;
    case TrajectoryAction.CONFIRM_PRECONDITION:
      return isCounsellor || viewer.role === Role.HR_LEAD;
    case TrajectoryAction.GUIDE:
      return isCounsellor;
  }
}
