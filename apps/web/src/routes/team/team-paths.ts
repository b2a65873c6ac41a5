import type { NavigationItem } from '@web/navigation';

const id = (value: string) => encodeURIComponent(value);

/** The mobility team's pages. */
export const TEAM_PATHS = {
  region: '/team/region',
  sessions: '/team/sessions',
  session: (sessionId: string) => `/team/sessions/${id(sessionId)}`,
  placements: '/team/placements',
  ledger: '/team/ledger',
  privacy: '/team/erasure-requests',
  audit: '/team/audit-trail',
} as const;

export const teamNavigation: NavigationItem[] = [
  { path: TEAM_PATHS.region, label: 'team.nav.region' },
  { path: TEAM_PATHS.sessions, label: 'team.nav.sessions' },
  { path: TEAM_PATHS.placements, label: 'team.nav.placements' },
  { path: TEAM_PATHS.ledger, label: 'team.nav.ledger' },
  { path: TEAM_PATHS.privacy, label: 'team.nav.privacy' },
  { path: TEAM_PATHS.audit, label: 'team.nav.audit' },
];
