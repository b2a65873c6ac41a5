import { makeOperation, mapExchange, type Exchange, type Operation } from 'urql';

/**
 * A query answered by the server moments ago is not asked again when a page mounts: within `freshForMs` a
 * cache-and-network read is served from the cache alone. This is what lets the start-up requests (asked before
 * the app's code has arrived, see session/first-requests.ts) be the page's requests instead of being repeated
 * by it. A mutation's answer still drops what it changes from the cache (urql's cacheExchange does that by
 * type), and an explicit network-only read always goes to the server.
 */
export function freshResultsExchange(freshForMs: number, now: () => number = Date.now): Exchange {
  const answeredAt = new Map<number, number>();
  const isFresh = (operation: Operation) =>
    now() - (answeredAt.get(operation.key) ?? Number.NEGATIVE_INFINITY) < freshForMs;
  return mapExchange({
    onOperation(operation) {
      if (
        operation.kind !== 'query' ||
        operation.context.requestPolicy !== 'cache-and-network' ||
        !isFresh(operation)
      )
        return operation;
      return makeOperation('query', operation, { ...operation.context, requestPolicy: 'cache-first' });
    },
    onResult(result) {
      // Answers from the server only: a cache hit must not make an old answer look new.
      if (result.operation.kind === 'query' && result.operation.context.meta?.cacheOutcome === 'miss')
        answeredAt.set(result.operation.key, now());
    },
  });
}
