import { expect, test, type Browser, type Page } from '@playwright/test';
import { otherLanguageSentences, type Language } from './support/catalogues';
import { expectAccessible, logIn, world } from './support/journey';
import { teamAdminWorld } from './support/team-admin-world';

/**
 * Every page of every role, reached the way a user reaches it (the menu and the links on each page, never typed
 * paths), rendered in Dutch and in English: no missing text, no sentence of the other language, the page's
 * language attribute right, and in Dutch no accessibility violation. Then each role tries the pages of the other
 * roles, and an HR lead another employer's candidate: a clear refusal, never the data.
 *
 * Crawling instead of listing routes means a page added later is checked without anyone remembering to.
 */

const MISSING_TEXT = '[werkbrug] missing text';
/** The one answer to a page someone may not see: the same whether it exists or not. */
const NOT_FOUND = 'Deze pagina bestaat niet of je hebt er geen toegang toe.';
const MAX_PAGES_PER_ROLE = 40;
/** The bar: no page issues more than 3 GraphQL requests on load (the session's own included). */
const MAX_GRAPHQL_REQUESTS_ON_LOAD = 3;
/** Links that leave the app: downloads (CSV, PDF), print pages, the calendar feed, the API and the queue dashboard. */
const NOT_A_PAGE = /^\/(graphql|auth|calendar|admin\/queues|health)|\.(csv|ics|html|json|pdf)(\?|$)/;
const ID_SEGMENT = /\/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)(?=\/|$)/gi;

interface Account {
  role: 'JOB_SEEKER' | 'HR_LEAD' | 'MOBILITY_TEAM' | 'ADMINISTRATOR' | 'COUNSELLOR';
  email: string;
  password: string;
}

function accounts(): Account[] {
  const { jobSeeker, candidateOwner, password } = world();
  const { team, admin, counsellor, password: staffPassword } = teamAdminWorld();
  return [
    { role: 'JOB_SEEKER', email: jobSeeker.email, password },
    { role: 'HR_LEAD', email: candidateOwner.email, password },
    { role: 'MOBILITY_TEAM', email: team.email, password: staffPassword },
    { role: 'ADMINISTRATOR', email: admin.email, password: staffPassword },
    { role: 'COUNSELLOR', email: counsellor.email, password: staffPassword },
  ];
}

/** `/hr/candidates/5c0…/edit` → `/hr/candidates/:id/edit`: one visit per kind of page, not per record. */
function routeOf(path: string): string {
  return path.replace(ID_SEGMENT, '/:id');
}

interface Crawl {
  /** Route → the first concrete path seen for it. */
  pages: Map<string, string>;
  problems: string[];
}

/** GraphQL requests of a page still waiting for their answer. */
function trackGraphqlInFlight(page: Page): () => number {
  let inFlight = 0;
  const isGraphql = (url: string) => new URL(url).pathname === '/graphql';
  page.on('request', (request) => {
    if (isGraphql(request.url())) inFlight += 1;
  });
  const done = (request: { url(): string }) => {
    if (isGraphql(request.url())) inFlight = Math.max(0, inFlight - 1);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => inFlight;
}

/**
 * A page that settles: its heading shown, its queries answered, no loader left. Not `networkidle`: a page that
 * follows the worker (a plan being made, an export being built) asks again every few seconds, and on a busy
 * machine those requests can keep the network from ever being idle for the 500 ms `networkidle` needs.
 */
async function settled(page: Page, graphqlInFlight: () => number): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"], .mantine-Loader-root')).toHaveCount(0);
  await expect.poll(graphqlInFlight, { message: 'GraphQL requests still open' }).toBe(0);
}

async function openAs(browser: Browser, account: Account, language: Language) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const graphqlInFlight = trackGraphqlInFlight(page);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes(MISSING_TEXT))
      consoleErrors.push(message.text());
  });
  await logIn(page, account.email, account.password);
  await expect(page).not.toHaveURL(/\/login$/);
  await settled(page, graphqlInFlight); // the landing page's own requests end before any page's are counted
  if (language === 'en') {
    await page.getByLabel('Taal').first().selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
  return { context, page, consoleErrors, graphqlInFlight };
}

async function crawl(browser: Browser, account: Account, language: Language): Promise<Crawl> {
  const { context, page, consoleErrors, graphqlInFlight } = await openAs(browser, account, language);
  const forbidden = otherLanguageSentences(language);
  const pages = new Map<string, string>();
  const problems: string[] = [];
  const queue = [new URL(page.url()).pathname];
  let graphqlRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/graphql') return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    graphqlRequests.push(
      body?.operationName ?? new URL(request.url()).searchParams.get('operationName') ?? '?',
    );
  });
  try {
    while (queue.length > 0 && pages.size < MAX_PAGES_PER_ROLE) {
      const path = queue.shift()!;
      if (pages.has(routeOf(path))) continue;
      pages.set(routeOf(path), path);
      const where = `${account.role} ${language} ${routeOf(path)}`;
      // A step per page: a page that never settles is named in the report instead of timing out the crawl.
      await test.step(where, async () => {
        graphqlRequests = [];
        await page.goto(path);
        await settled(page, graphqlInFlight);
        if (graphqlRequests.length > MAX_GRAPHQL_REQUESTS_ON_LOAD)
          problems.push(
            `${where}: ${graphqlRequests.length} GraphQL requests on load (${graphqlRequests.join(', ')})`,
          );
        if ((await page.locator('html').getAttribute('lang')) !== language)
          problems.push(`${where}: html lang`);
        const text = await page.locator('body').innerText();
        for (const sentence of forbidden)
          if (text.includes(sentence)) problems.push(`${where}: other language's text "${sentence}"`);
        for (const error of consoleErrors.splice(0)) problems.push(`${where}: ${error}`);
        if (language === 'nl') await expectAccessible(page, where);
      });
      const links = await page
        .locator('a[href^="/"]')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      for (const link of links) {
        const linkPath = link.split(/[?#]/)[0];
        if (!NOT_A_PAGE.test(link) && !pages.has(routeOf(linkPath))) queue.push(linkPath);
      }
    }
  } finally {
    await context.close();
  }
  return { pages, problems };
}

test.describe.serial('every route', () => {
  const crawled = new Map<Account['role'], Crawl>();

  for (const language of ['nl', 'en'] as const) {
    test(`every page of every role in ${language === 'nl' ? 'Dutch' : 'English'}`, async ({ browser }) => {
      // A crawl per role and language: log in, then each page once, with an accessibility scan in Dutch.
      test.setTimeout(600_000);
      const problems: string[] = [];
      for (const account of accounts()) {
        const result = await crawl(browser, account, language);
        problems.push(...result.problems);
        if (language === 'nl') crawled.set(account.role, result);
        // Every role has more than its landing page: a crawl that found one page found no menu.
        const routes = [...result.pages.keys()];
        expect(routes.length, `${account.role} pages: ${routes.join(', ')}`).toBeGreaterThan(1);
        test.info().annotations.push({ type: `${account.role} ${language}`, description: routes.join(', ') });
      }
      expect(problems).toEqual([]);
    });
  }

  test("each role gets a clear refusal on the other roles' pages, and an HR lead on another employer's records", async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    expect(crawled.size, 'the Dutch crawl ran first').toBe(accounts().length);
    for (const account of accounts()) {
      const { context, page } = await openAs(browser, account, 'nl');
      try {
        for (const [role, { pages }] of crawled) {
          if (role === account.role) continue;
          for (const [route, path] of pages) {
            if (route === '/' || ownRoutes(crawled, account.role).has(route)) continue;
            await page.goto(path);
            await expect(
              page.getByRole('heading', { level: 1, name: NOT_FOUND }),
              `${account.role} on ${route}`,
            ).toBeVisible();
          }
        }
      } finally {
        await context.close();
      }
    }

    // Another employer's HR lead follows the same links to the first employer's own candidate and vacancy pages.
    const { host, password } = world();
    const { context, page } = await openAs(browser, { role: 'HR_LEAD', email: host.email, password }, 'nl');
    try {
      for (const [route, path] of crawled.get('HR_LEAD')!.pages) {
        if (!route.includes(':id')) continue;
        await page.goto(path);
        await expect(
          page.getByRole('heading', { level: 1, name: NOT_FOUND }),
          `${route} for another employer`,
        ).toBeVisible();
      }
    } finally {
      await context.close();
    }
  });
});

function ownRoutes(crawled: Map<Account['role'], Crawl>, role: Account['role']): Set<string> {
  return new Set(crawled.get(role)?.pages.keys() ?? []);
}
