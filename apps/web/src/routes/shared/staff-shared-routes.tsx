import { Route } from 'react-router';
import { lazyPages } from '@web/routes/lazy-pages';
import { EARLY_START_PATHS, STAFF_NOTIFICATIONS_PATH } from './early-start-paths';

const NotificationsPage = lazyPages(() => import('./notifications-page'))('NotificationsPage');
const EarlyStartPage = lazyPages(() => import('./early-start-page'))('EarlyStartPage');

/** Pages HR leads and the mobility team share: their notifications and the "Start op tijd" worklist. */
export function staffSharedRoutes(role: 'HR_LEAD' | 'MOBILITY_TEAM') {
  return (
    <>
      <Route path={STAFF_NOTIFICATIONS_PATH} element={<NotificationsPage />} />
      <Route path={EARLY_START_PATHS[role]} element={<EarlyStartPage />} />
    </>
  );
}
