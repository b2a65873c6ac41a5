import type { Role } from '@web/graphql/generated/graphql';

/** Where each role finds mobility plans: HR leads their employer's, the team the region's, job seekers their own. */
export const MOBILITY_PLAN_PATHS = {
  HR_LEAD: '/hr/mobility-plans',
  MOBILITY_TEAM: '/team/mobility-plans',
  JOB_SEEKER: '/job-seeker/mobility-plan',
} as const satisfies Partial<Record<Role, string>>;

export type MobilityPlanRole = keyof typeof MOBILITY_PLAN_PATHS;

/** A plan's page; with `questions`, opened at its questions and answers. */
export function mobilityPlanPath(role: MobilityPlanRole, planId: string, tab?: 'questions'): string {
  return `${MOBILITY_PLAN_PATHS[role]}/${encodeURIComponent(planId)}${tab ? `?tab=${tab}` : ''}`;
}
