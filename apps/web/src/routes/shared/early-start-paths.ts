/** "Start op tijd" and the staff's notifications: one page each for HR leads and the mobility team. */
export const EARLY_START_PATHS = {
  HR_LEAD: '/hr/start-on-time',
  MOBILITY_TEAM: '/team/start-on-time',
} as const;

export const STAFF_NOTIFICATIONS_PATH = '/notifications';
