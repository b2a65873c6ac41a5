import { describe, expect, it } from '@jest/globals';
import { Client, cacheExchange, gql, makeResult, type Exchange, type Operation } from 'urql';
import { filter, map, pipe, tap } from 'wonka';
import { freshResultsExchange } from './fresh-results-exchange';

const COUNT = gql`
  query UnreadCount {
    unreadNotificationCount
  }
`;
const MARK_READ = gql`
  mutation MarkRead {
    markNotificationsRead {
      __typename
      id
    }
  }
`;

/** Stands in for the network: answers every operation at once and remembers what reached it. */
function serverExchange(reached: Operation[]): Exchange {
  return () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      tap((operation) => reached.push(operation)),
      map((operation) =>
        makeResult(operation, {
          data:
            operation.kind === 'query'
              ? { unreadNotificationCount: reached.length }
              : { markNotificationsRead: [{ __typename: 'Notification', id: 'n1' }] },
        }),
      ),
    );
}

function setUp() {
  let clock = 1_000_000;
  const reached: Operation[] = [];
  const client = new Client({
    url: '/graphql',
    exchanges: [freshResultsExchange(5_000, () => clock), cacheExchange, serverExchange(reached)],
    requestPolicy: 'cache-and-network',
  });
  const context = { additionalTypenames: ['Notification'] };
  return {
    reached,
    advance: (ms: number) => (clock += ms),
    count: () => client.query(COUNT, {}, context).toPromise(),
    countFromNetwork: () =>
      client.query(COUNT, {}, { ...context, requestPolicy: 'network-only' }).toPromise(),
    markRead: () => client.mutation(MARK_READ, {}).toPromise(),
  };
}

describe('freshResultsExchange', () => {
  it('serves a page the answer the server gave moments ago instead of asking again', async () => {
    const api = setUp();
    await api.count(); // the start-up request
    const onMount = await api.count();
    expect(api.reached).toHaveLength(1);
    expect(onMount.data).toEqual({ unreadNotificationCount: 1 });
    expect(onMount.stale).toBe(false);
  });

  it('asks again once the answer is older than the window', async () => {
    const api = setUp();
    await api.count();
    api.advance(5_001);
    await api.count();
    expect(api.reached.filter((operation) => operation.kind === 'query')).toHaveLength(2);
  });

  it('lets an explicit network-only read through', async () => {
    const api = setUp();
    await api.count();
    const fresh = await api.countFromNetwork();
    expect(api.reached).toHaveLength(2);
    expect(fresh.data).toEqual({ unreadNotificationCount: 2 });
  });

  it('asks again after a mutation changed what the answer holds', async () => {
    const api = setUp();
    await api.count();
    await api.markRead();
    await api.count();
    expect(api.reached.map((operation) => operation.kind)).toEqual(['query', 'mutation', 'query']);
  });
});
