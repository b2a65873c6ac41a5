/** The job seeker's pages: one chunk, loaded by job-seeker-routes.tsx when a job seeker opens the app. */
export { ConsentsPage } from './consents-page';
export { MyDataPage } from './my-data-page';
export { NotificationsPage } from './notifications-page';
export { ProfilePage } from './profile-page';
export { SuggestionsPage } from './suggestions-page';
export { AgendaPage } from './agenda-page';
export { PlacementsPage } from './placements-page';
