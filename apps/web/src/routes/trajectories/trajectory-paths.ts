import type { Role } from '@web/graphql/generated/graphql';

/** Where each role finds the trajectories it may see; administrators have none. */
export const TRAJECTORY_PATHS = {
  MOBILITY_TEAM: '/team/trajectories',
  COUNSELLOR: '/counsellor/trajectories',
  HR_LEAD: '/hr/trajectories',
  JOB_SEEKER: '/job-seeker/trajectory',
} as const satisfies Partial<Record<Role, string>>;

export type TrajectoryRole = keyof typeof TRAJECTORY_PATHS;

export function trajectoryPath(role: TrajectoryRole, trajectoryId: string): string {
  return `${TRAJECTORY_PATHS[role]}/${encodeURIComponent(trajectoryId)}`;
}

/** The region's outcome figures: for the mobility team and HR leads. */
export const RESULTS_PATHS = {
  MOBILITY_TEAM: '/team/results',
  HR_LEAD: '/hr/results',
} as const satisfies Partial<Record<Role, string>>;

export function resultsPathOf(role: TrajectoryRole): string | null {
  return role in RESULTS_PATHS ? RESULTS_PATHS[role as keyof typeof RESULTS_PATHS] : null;
}
