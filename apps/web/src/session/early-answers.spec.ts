import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Client, fetchExchange, gql } from 'urql';
import { askEarly, fetchWithEarlyAnswers, firstRequestsFor, type FirstQueryTexts } from './early-answers';

const TEXTS: FirstQueryTexts = {
  Me: 'query Me { me { id } }',
  UnreadNotifications: 'query UnreadNotifications { unreadNotificationCount }',
  MySuggestions: 'query MySuggestions($first: Int!) { mySuggestions(first: $first) { totalCount } }',
};
const ME = gql`
  query Me {
    me {
      id
    }
  }
`;
const SUGGESTIONS = gql`
  query MySuggestions($first: Int!) {
    mySuggestions(first: $first) {
      totalCount
    }
  }
`;

/** Stands in for the server: answers each request with its operation name and a running number. */
function network() {
  const asked: { operationName: string; variables: unknown }[] = [];
  let failNext = false;
  const fetch = (_input: unknown, init?: RequestInit) => {
    const body = JSON.parse(typeof init?.body === 'string' ? init.body : 'null') as {
      operationName: string;
      variables: unknown;
    };
    asked.push(body);
    if (failNext) {
      failNext = false;
      return Promise.reject(new TypeError('network down'));
    }
    const data =
      body.operationName === 'Me'
        ? { me: { id: `answer-${asked.length}` } }
        : { mySuggestions: { totalCount: asked.length } };
    return Promise.resolve(
      new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } }),
    );
  };
  return { asked, fetch, failOnce: () => (failNext = true) };
}

const client = () =>
  new Client({
    url: '/graphql',
    exchanges: [fetchExchange],
    fetch: fetchWithEarlyAnswers,
    preferGetMethod: false, // as the app's client (graphql/client.ts)
    requestPolicy: 'network-only',
  });

describe('first requests', () => {
  it('asks who is signed in everywhere, the unread count in the job seeker area and the suggestions on its start page', () => {
    const names = (path: string) => firstRequestsFor(path).map((request) => request.operationName);
    expect(names('/hr/candidates')).toEqual(['Me']);
    expect(names('/job-seeker/profile')).toEqual(['Me', 'UnreadNotifications']);
    expect(names('/job-seeker/suggestions')).toEqual(['Me', 'UnreadNotifications', 'MySuggestions']);
    expect(firstRequestsFor('/job-seeker/suggestions')[2].variables).toEqual({ first: 20 });
  });
});

describe('early answers', () => {
  const realFetch = globalThis.fetch;
  let server: ReturnType<typeof network>;
  beforeEach(() => {
    server = network();
    globalThis.fetch = server.fetch;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('answers the client’s first questions from the start-up requests, once, without asking the server again', async () => {
    askEarly('/job-seeker/suggestions', TEXTS);
    expect(server.asked.map((body) => body.operationName)).toEqual([
      'Me',
      'UnreadNotifications',
      'MySuggestions',
    ]);

    const me = await client().query(ME, {}).toPromise();
    const suggestions = await client().query(SUGGESTIONS, { first: 20 }).toPromise();
    expect(me.data).toEqual({ me: { id: 'answer-1' } });
    expect(suggestions.data).toEqual({ mySuggestions: { totalCount: 3 } });
    expect(server.asked).toHaveLength(3);

    // An early answer is used once: the next question is the page's own (a refresh, say) and goes to the server.
    const again = await client().query(ME, {}).toPromise();
    expect(again.data).toEqual({ me: { id: 'answer-4' } });
    // Other variables are another question.
    await client().query(SUGGESTIONS, { first: 50 }).toPromise();
    expect(server.asked.slice(3).map((body) => body.variables)).toEqual([{}, { first: 50 }]);
  });

  it('asks the server again when the early request failed', async () => {
    server.failOnce();
    askEarly('/hr/candidates', TEXTS);
    const me = await client().query(ME, {}).toPromise();
    expect(me.error).toBeUndefined();
    expect(me.data).toEqual({ me: { id: 'answer-2' } });
    expect(server.asked).toHaveLength(2);
  });
});
