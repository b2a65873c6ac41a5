import { Route } from 'react-router';
import { PATHS } from '@web/navigation';
import { lazyPages } from '@web/routes/lazy-pages';
import { mobilityPlanRoutes } from '@web/routes/mobility-plans/mobility-plan-routes';
import { trajectoryRoutes } from '@web/routes/trajectories/trajectory-routes';
import { loadSuggestionsPage } from './page-loaders';

// One chunk per page, unlike the staff roles: a job seeker opens one page on a phone, often from a link in a
// mail, and should download that page only.
const suggestions = lazyPages(loadSuggestionsPage);
const SuggestionsPage = suggestions('SuggestionsPage');
const ProfilePage = lazyPages(() => import('./profile-page'))('ProfilePage');
const ConsentsPage = lazyPages(() => import('./consents-page'))('ConsentsPage');
const MyDataPage = lazyPages(() => import('./my-data-page'))('MyDataPage');
const NotificationsPage = lazyPages(() => import('@web/routes/shared/notifications-page'))(
  'NotificationsPage',
);
const AgendaPage = lazyPages(() => import('./agenda-page'))('AgendaPage');
const PlacementsPage = lazyPages(() => import('./placements-page'))('PlacementsPage');

/**
 * Downloads the suggestions page when the app opens at its address (the job seeker's start page and where the
 * notification mails lead), while the session is still being checked, so the first render shows it.
 */
export function preloadJobSeekerPage(pathname: string): Promise<unknown> {
  return pathname === PATHS.suggestions ? suggestions.preload() : Promise.resolve();
}

/** The job seeker's routes, as elements for the app's <Routes> (a component would not be a <Route>). */
export function jobSeekerRoutes() {
  return (
    <>
      <Route path={PATHS.suggestions} element={<SuggestionsPage />} />
      <Route path={PATHS.profile} element={<ProfilePage />} />
      <Route path={PATHS.consents} element={<ConsentsPage />} />
      <Route path={PATHS.myData} element={<MyDataPage />} />
      <Route path={PATHS.notifications} element={<NotificationsPage />} />
      <Route path={PATHS.agenda} element={<AgendaPage />} />
      <Route path={PATHS.myPlacements} element={<PlacementsPage />} />
      {trajectoryRoutes('JOB_SEEKER')}
      {mobilityPlanRoutes('JOB_SEEKER')}
    </>
  );
}
