/**
 * The job seeker's start page (where the notification mails lead), loadable on its own: the start-up script
 * (main.tsx) begins its download together with the app's, instead of after the app has run.
 */
export const loadSuggestionsPage = () => import('./suggestions-page');
