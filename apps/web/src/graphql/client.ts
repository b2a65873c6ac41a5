import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * Same origin as the gateway, so the session cookie goes along and no token is ever in script reach. Queries are
 * POSTed: Apollo's CSRF prevention refuses simple GET requests.
 */
export function createGraphQLClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    requestPolicy: 'cache-and-network',
  });
}
