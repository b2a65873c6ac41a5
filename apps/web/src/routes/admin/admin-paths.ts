import type { NavigationItem } from '@web/navigation';

/** The administrator's pages. */
export const ADMIN_PATHS = {
  staffAccounts: '/admin/staff-accounts',
  employers: '/admin/organisations',
  regions: '/admin/regions',
  audit: '/admin/audit-trail',
} as const;

export const adminNavigation: NavigationItem[] = [
  { path: ADMIN_PATHS.staffAccounts, label: 'nav.staffAccounts' },
  { path: ADMIN_PATHS.employers, label: 'nav.employers' },
  { path: ADMIN_PATHS.regions, label: 'nav.regions' },
  { path: ADMIN_PATHS.audit, label: 'nav.audit' },
];
