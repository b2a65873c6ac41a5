import { Client, cacheExchange, fetchExchange } from 'urql';
import { fetchWithEarlyAnswers } from '@web/session/early-answers';
import { freshResultsExchange } from './fresh-results-exchange';

/** Long enough to cover the app's start-up on a slow phone, short enough that a page opened later is current. */
const FRESH_FOR_MS = 5_000;

/**
 * Same origin as the gateway, so the session cookie goes along and no token is ever in script reach. Queries are
 * POSTed: Apollo's CSRF prevention refuses simple GET requests.
 */
export function createGraphQLClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [freshResultsExchange(FRESH_FOR_MS), cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    // The start-up script's early answers stand in for the first questions (session/early-answers.ts).
    fetch: fetchWithEarlyAnswers,
    requestPolicy: 'cache-and-network',
  });
}
