import type { Role } from '@web/graphql/generated/graphql';

export interface NavigationItem {
  path: string;
  label: 'nav.home' | 'nav.suggestions' | 'nav.profile' | 'nav.candidates' | 'nav.vacancies';
}

export const PATHS = {
  home: '/',
  login: '/login',
  suggestions: '/job-seeker/suggestions',
  profile: '/job-seeker/profile',
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
      ];
    case 'HR_LEAD':
      return [
        { path: PATHS.candidates, label: 'nav.candidates' },
        { path: PATHS.vacancies, label: 'nav.vacancies' },
      ];
    case 'MOBILITY_TEAM':
    case 'ADMINISTRATOR':
      return [{ path: PATHS.home, label: 'nav.home' }];
  }
}
