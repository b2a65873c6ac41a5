import type { Client } from 'urql';
import type { MySuggestionsQueryVariables } from '@web/graphql/generated/graphql';
import { COUNTS_NOTIFICATIONS, UnreadNotificationsQuery } from '@web/components/unread-notifications.graphql';
import { MySuggestionsQuery } from '@web/routes/job-seeker/suggestions.graphql';
import { firstRequestsFor, type FirstQueryName } from './early-answers';
import { MeQuery } from './viewer.graphql';

/** Each first question as its page asks it: the same document and context, so the page finds the answer. */
const ASK: Record<FirstQueryName, (client: Client, variables: Record<string, unknown>) => Promise<unknown>> =
  {
    Me: (client) => client.query(MeQuery, {}).toPromise(),
    UnreadNotifications: (client) =>
      client.query(UnreadNotificationsQuery, {}, COUNTS_NOTIFICATIONS).toPromise(),
    MySuggestions: (client, variables) =>
      client.query(MySuggestionsQuery, variables as MySuggestionsQueryVariables).toPromise(),
  };

/**
 * Asks what the page at this address will ask first (session/early-answers.ts decides what). The early answers
 * the start-up script received become these results, and wait in the client's cache; the pages take them from
 * there (graphql/fresh-results-exchange.ts) instead of asking again.
 */
export function askFirstRequests(client: Client, pathname: string): void {
  for (const { operationName, variables } of firstRequestsFor(pathname)) {
    void ASK[operationName](client, variables);
  }
}
