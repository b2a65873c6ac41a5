import type { Role } from '@web/graphql/generated/graphql';
import type { jobSeekerNl } from '@web/i18n/areas/job-seeker.nl';
import type { nl } from '@web/i18n/nl';
import { adminNavigation } from '@web/routes/admin/admin-paths';
import { HR_PATHS } from '@web/routes/hr/hr-paths';
import { EARLY_START_PATHS, STAFF_NOTIFICATIONS_PATH } from '@web/routes/shared/early-start-paths';
import { teamNavigation } from '@web/routes/team/team-paths';
import { MOBILITY_PLAN_PATHS } from '@web/routes/mobility-plans/mobility-plan-paths';
import { NETWORK_PATHS } from '@web/routes/networks/network-paths';
import { RESULTS_PATHS, TRAJECTORY_PATHS } from '@web/routes/trajectories/trajectory-paths';
import { JOB_SEEKER_START_PATH } from '@web/session/early-answers';

export interface NavigationItem {
  path: string;
  /** In the shell's catalogue: the menu shows before the role's own texts have loaded. */
  label: `nav.${keyof typeof nl.nav}` | `jobSeeker.nav.${keyof typeof jobSeekerNl.nav}`;
  /** Shown beside the label, and as a bell in the header. */
  badge?: 'unreadNotifications';
}

export const PATHS = {
  home: '/',
  login: '/login',
  claim: '/claim',
  suggestions: JOB_SEEKER_START_PATH,
  profile: '/job-seeker/profile',
  consents: '/job-seeker/consents',
  myData: '/job-seeker/my-data',
  notifications: '/job-seeker/notifications',
  agenda: '/job-seeker/agenda',
  myPlacements: '/job-seeker/placements',
  candidates: '/hr/candidates',
  vacancies: '/hr/vacancies',
  vacancyMatches: (vacancyId: string) => `/hr/vacancies/${encodeURIComponent(vacancyId)}/matches`,
} as const;

/** The menu shows only what the role may use: the API refuses the rest, so the app does not offer it. */
export function navigationFor(role: Role): NavigationItem[] {
  switch (role) {
    case 'JOB_SEEKER':
      return [
        { path: PATHS.suggestions, label: 'nav.suggestions' },
        { path: PATHS.profile, label: 'nav.profile' },
        { path: PATHS.agenda, label: 'jobSeeker.nav.agenda' },
        { path: PATHS.myPlacements, label: 'jobSeeker.nav.placements' },
        { path: TRAJECTORY_PATHS.JOB_SEEKER, label: 'jobSeeker.nav.trajectory' },
        { path: MOBILITY_PLAN_PATHS.JOB_SEEKER, label: 'jobSeeker.nav.mobilityPlan' },
        { path: PATHS.consents, label: 'jobSeeker.nav.consents' },
        { path: PATHS.myData, label: 'jobSeeker.nav.myData' },
        { path: PATHS.notifications, label: 'jobSeeker.nav.notifications', badge: 'unreadNotifications' },
      ];
    case 'HR_LEAD':
      return [
        { path: PATHS.candidates, label: 'nav.candidates' },
        { path: EARLY_START_PATHS.HR_LEAD, label: 'nav.startOnTime' },
        { path: PATHS.vacancies, label: 'nav.vacancies' },
        { path: HR_PATHS.placements, label: 'nav.placements' },
        { path: TRAJECTORY_PATHS.HR_LEAD, label: 'nav.trajectories' },
        { path: RESULTS_PATHS.HR_LEAD, label: 'nav.results' },
        { path: MOBILITY_PLAN_PATHS.HR_LEAD, label: 'nav.mobilityPlans' },
        { path: NETWORK_PATHS.HR_LEAD, label: 'nav.networks' },
        { path: HR_PATHS.ledger, label: 'nav.ledger' },
        { path: STAFF_NOTIFICATIONS_PATH, label: 'nav.notifications', badge: 'unreadNotifications' },
      ];
    case 'MOBILITY_TEAM':
      return teamNavigation;
    case 'ADMINISTRATOR':
      return adminNavigation;
    case 'COUNSELLOR':
      return [{ path: TRAJECTORY_PATHS.COUNSELLOR, label: 'nav.trajectories' }];
  }
}
