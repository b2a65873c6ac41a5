import type { NavigationItem } from '@web/navigation';
import { EARLY_START_PATHS, STAFF_NOTIFICATIONS_PATH } from '@web/routes/shared/early-start-paths';
import { MOBILITY_PLAN_PATHS } from '@web/routes/mobility-plans/mobility-plan-paths';
import { NETWORK_PATHS } from '@web/routes/networks/network-paths';
import { RESULTS_PATHS, TRAJECTORY_PATHS } from '@web/routes/trajectories/trajectory-paths';

const id = (value: string) => encodeURIComponent(value);

/** The mobility team's pages. */
export const TEAM_PATHS = {
  region: '/team/region',
  allocation: '/team/allocation',
  sessions: '/team/sessions',
  session: (sessionId: string) => `/team/sessions/${id(sessionId)}`,
  placements: '/team/placements',
  ledger: '/team/ledger',
  privacy: '/team/erasure-requests',
  audit: '/team/audit-trail',
  staffAccounts: '/team/staff-accounts',
} as const;

export const teamNavigation: NavigationItem[] = [
  { path: TEAM_PATHS.region, label: 'nav.region' },
  { path: EARLY_START_PATHS.MOBILITY_TEAM, label: 'nav.startOnTime' },
  { path: TEAM_PATHS.allocation, label: 'nav.allocation' },
  { path: TEAM_PATHS.sessions, label: 'nav.sessions' },
  { path: TRAJECTORY_PATHS.MOBILITY_TEAM, label: 'nav.trajectories' },
  { path: RESULTS_PATHS.MOBILITY_TEAM, label: 'nav.results' },
  { path: MOBILITY_PLAN_PATHS.MOBILITY_TEAM, label: 'nav.mobilityPlans' },
  { path: NETWORK_PATHS.MOBILITY_TEAM, label: 'nav.networks' },
  { path: TEAM_PATHS.placements, label: 'nav.placements' },
  { path: TEAM_PATHS.ledger, label: 'nav.ledger' },
  { path: TEAM_PATHS.privacy, label: 'nav.erasureRequests' },
  { path: TEAM_PATHS.audit, label: 'nav.audit' },
  { path: TEAM_PATHS.staffAccounts, label: 'nav.staffAccounts' },
  { path: STAFF_NOTIFICATIONS_PATH, label: 'nav.notifications', badge: 'unreadNotifications' },
];
