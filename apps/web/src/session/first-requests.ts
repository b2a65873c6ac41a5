import type { Client } from 'urql';
import { COUNTS_NOTIFICATIONS, UnreadNotificationsQuery } from '@web/components/unread-notifications.graphql';
import { PATHS } from '@web/navigation';
import { loadSuggestionsPage } from '@web/routes/job-seeker/page-loaders';
import { MY_SUGGESTIONS_FIRST_PAGE, MySuggestionsQuery } from '@web/routes/job-seeker/suggestions.graphql';
import { MeQuery } from './viewer.graphql';

const JOB_SEEKER_AREA = '/job-seeker/';

/**
 * Asks what the page at this address will ask first — who is signed in, and for the job seeker's start page (where
 * the notification mails lead) the unread count and the suggestions — while the app's code is still downloading.
 * The answers wait in the client's cache, and the pages take them from there (graphql/fresh-results-exchange.ts)
 * instead of asking again. Each query here is the very document, variables and context its page uses.
 */
export function askFirstRequests(client: Client, pathname: string): void {
  void client.query(MeQuery, {}).toPromise();
  if (pathname.startsWith(JOB_SEEKER_AREA))
    void client.query(UnreadNotificationsQuery, {}, COUNTS_NOTIFICATIONS).toPromise();
  if (pathname === PATHS.suggestions)
    void client.query(MySuggestionsQuery, MY_SUGGESTIONS_FIRST_PAGE).toPromise();
}

/** Starts downloading the page at this address, when it is one that start-up knows (see page-loaders.ts). */
export function loadFirstPage(pathname: string): void {
  if (pathname === PATHS.suggestions) void loadSuggestionsPage().catch(() => undefined); // its route tries again
}
