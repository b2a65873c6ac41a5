// Part of the page's very first script (main.tsx), so it imports nothing: it runs as soon as it has arrived and the
// server starts answering while the app's own code is still on its way (a cold load of a job seeker's start page
// spent a third of its time waiting for these answers after the code had arrived). The answers are kept here until
// the app's GraphQL client asks the same questions (see graphql/client.ts), so nothing is asked twice.

/** Where the notification mails lead a job seeker: the page start-up is tuned for. */
export const JOB_SEEKER_START_PATH = '/job-seeker/suggestions';
const JOB_SEEKER_AREA = '/job-seeker/';

/** The suggestions page's variables, here so the early question is exactly the page's. */
export const MY_SUGGESTIONS_FIRST_PAGE = { first: 20 };

export type FirstQueryName = 'Me' | 'UnreadNotifications' | 'MySuggestions';
/** Each first question's text, as the server receives it (from `virtual:werkbrug/query-texts`). */
export type FirstQueryTexts = Record<FirstQueryName, string>;

export interface FirstRequest {
  operationName: FirstQueryName;
  variables: Record<string, unknown>;
}

/**
 * What the page at this address asks first: who is signed in, and in the job seeker's area the unread count
 * (the menu's badge) and, on the start page, the suggestions.
 */
export function firstRequestsFor(pathname: string): FirstRequest[] {
  const requests: FirstRequest[] = [{ operationName: 'Me', variables: {} }];
  if (pathname.startsWith(JOB_SEEKER_AREA))
    requests.push({ operationName: 'UnreadNotifications', variables: {} });
  if (pathname === JOB_SEEKER_START_PATH)
    requests.push({ operationName: 'MySuggestions', variables: MY_SUGGESTIONS_FIRST_PAGE });
  return requests;
}

const requestKey = (operationName: unknown, variables: unknown) =>
  `${String(operationName)} ${JSON.stringify(variables ?? {})}`;

const earlyAnswers = new Map<string, Promise<Response>>();

/** Sends the first questions. */
export function askEarly(pathname: string, texts: FirstQueryTexts): void {
  for (const { operationName, variables } of firstRequestsFor(pathname)) {
    const answer = fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      // As urql sends them: Apollo's CSRF prevention takes the JSON content type as proof of a non-simple request.
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/graphql+json, application/json',
      },
      body: JSON.stringify({ operationName, query: texts[operationName], variables }),
    });
    answer.catch(() => undefined); // a failed early answer is asked again by the client (below)
    earlyAnswers.set(requestKey(operationName, variables), answer);
  }
}

/**
 * Starts the download of the page at this address where it is the start page, alongside the app's (asked for
 * first, as every page needs it). The same module the route loads (routes/job-seeker/page-loaders.ts), so it
 * downloads and evaluates once.
 */
export function loadStartPage(pathname: string): void {
  if (pathname === JOB_SEEKER_START_PATH)
    void import('@web/routes/job-seeker/suggestions-page').catch(() => undefined); // its route tries again
}

/**
 * The GraphQL client's fetch: a question asked early is answered by its early answer, once; anything else (and a
 * question whose early answer failed) goes to the server.
 */
export const fetchWithEarlyAnswers: typeof fetch = (input, init) => {
  const body =
    typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : undefined;
  const key = body && requestKey(body.operationName, body.variables);
  const answer = key && earlyAnswers.get(key);
  if (!answer) return fetch(input, init);
  earlyAnswers.delete(key);
  return answer.catch(() => fetch(input, init));
};
