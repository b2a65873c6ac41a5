import { Route } from 'react-router';
import { PATHS } from '@web/navigation';
import { lazyPages } from '@web/routes/lazy-pages';

const page = lazyPages(() => import('./job-seeker-pages'));
const SuggestionsPage = page('SuggestionsPage');
const ProfilePage = page('ProfilePage');
const ConsentsPage = page('ConsentsPage');
const MyDataPage = page('MyDataPage');
const NotificationsPage = page('NotificationsPage');
const AgendaPage = page('AgendaPage');
const PlacementsPage = page('PlacementsPage');

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
    </>
  );
}
