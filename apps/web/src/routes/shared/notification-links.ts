import type { Role } from '@web/graphql/generated/graphql';
import { PATHS } from '@web/navigation';
import { HR_PATHS } from '@web/routes/hr/hr-paths';
import { TEAM_PATHS } from '@web/routes/team/team-paths';
import { mobilityPlanPath } from '@web/routes/mobility-plans/mobility-plan-paths';
import { EARLY_START_PATHS } from './early-start-paths';

type LinkLabel =
  | 'notifications.openPlacement'
  | 'notifications.openWorklist'
  | 'notifications.openPlacements'
  | 'notifications.openMobilityPlanQuestions';

/** Where a notification leads the reader: the page of what it is about, when their role has one. */
export function subjectLink(
  role: Role,
  notification: { subjectType: string; subjectId: string },
): { path: string; label: LinkLabel } | null {
  switch (notification.subjectType) {
    case 'PLACEMENT':
      if (role === 'HR_LEAD')
        return { path: HR_PATHS.placement(notification.subjectId), label: 'notifications.openPlacement' };
      if (role === 'MOBILITY_TEAM')
        return { path: TEAM_PATHS.placements, label: 'notifications.openPlacements' };
      if (role === 'JOB_SEEKER') return { path: PATHS.myPlacements, label: 'notifications.openPlacements' };
      return null;
    case 'EarlyStartWeek':
      if (role === 'HR_LEAD' || role === 'MOBILITY_TEAM')
        return { path: EARLY_START_PATHS[role], label: 'notifications.openWorklist' };
      return null;
    case 'MobilityPlan':
      if (role === 'HR_LEAD' || role === 'MOBILITY_TEAM' || role === 'JOB_SEEKER')
        return {
          path: mobilityPlanPath(role, notification.subjectId, 'questions'),
          label: 'notifications.openMobilityPlanQuestions',
        };
      return null;
    default:
      return null;
  }
}
