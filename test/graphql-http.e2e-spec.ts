import { randomBytes } from 'node:crypto';
import { Role } from '@werkbrug/core';
import { serverAudits, type AuditResult } from 'graphql-http';
import request from 'supertest';
import { Actor, Fixtures, vacancyInput } from './support/fixtures';
import { listenOnEphemeralPort } from './support/helpers-infra';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The HTTP face of the gateway: GraphQL-over-HTTP conformance, the limits checked before execution, body
 * handling, what development and production expose, and that internal errors reach clients without details.
 * Region AM21 is used by this file only.
 */
const REGION = 'AM21';
// One signing secret for every app in this file, so a token issued by one is accepted by the others.
const TOKEN_SECRET = randomBytes(32).toString('hex');
const LEAK_MARKERS = /read-only|INSERT|QueryFailedError|stack|node_modules|\.ts:\d+|at \w+ \(|postgres|SQL/i;

const CREATE_VACANCY = `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`;

/** `depth` inline fragments on Query around a __typename: the configured rule counts each fragment as a level. */
function fragmentNesting(depth: number): string {
  return `{ ${'... on Query { '.repeat(depth)}__typename${' }'.repeat(depth)} }`;
}

function statusOf(res: request.Response): { status: number; type: string | undefined } {
  return { status: res.status, type: res.headers['content-type']?.split(';')[0] };
}

let t: TestApp;
let f: Fixtures;
let hr: Actor;
let employerId: string;

beforeAll(async () => {
  t = await createTestApp({ TOKEN_SECRET });
  f = new Fixtures(t);
  const employer = await f.employer(REGION);
  employerId = employer.id;
  hr = await f.actor(Role.HR_LEAD, { employerId });
});

afterAll(async () => {
  await t?.close();
});

async function vacanciesOfEmployer(): Promise<number> {
  const [row] = await f.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM vacancy WHERE employer_id = $1`,
    [employerId],
  );
  return row.n;
}

describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  let baseUrl: string | undefined;
  const audits = serverAudits({
    url: () => {
      if (!baseUrl) throw new Error('the gateway is not listening yet');
      return `${baseUrl}/graphql`;
    },
    fetchFn: fetch,
  });
  const results: AuditResult[] = [];

  beforeAll(async () => {
    baseUrl = await listenOnEphemeralPort(t.app);
  });

  it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    results.push(result);
    const outcome = { id: result.id, name: result.name, status: result.status };
    if (audit.name.startsWith('MUST')) {
      expect({ ...outcome, reason: result.status === 'ok' ? undefined : result.reason }).toEqual({
        ...outcome,
        status: 'ok',
        reason: undefined,
      });
    } else {
      // Recommendations do not fail the build; graphql-http reports them as warn/notice, never as error.
      expect(['ok', 'warn', 'notice']).toContain(result.status);
    }
  });

  it('ran every audit, and every MUST audit passed', () => {
    const mustFailures = results
      .filter((r) => r.name.startsWith('MUST') && r.status !== 'ok')
      .map((r) => `${r.id} ${r.name}: ${r.status === 'ok' ? '' : r.reason}`);
    expect(results.map((r) => r.id).sort()).toEqual(audits.map((a) => a.id).sort());
    expect(mustFailures).toEqual([]);
  });
});

describe('limits checked before execution (default configuration)', () => {
  it(`rejects an operation nested deeper than GRAPHQL_MAX_DEPTH=10 and accepts one at the limit`, async () => {
    expect(t.config.GRAPHQL_MAX_DEPTH).toBe(10);
    const atLimit = await request(t.app.getHttpServer())
      .post('/graphql')
      .send({ query: fragmentNesting(9) });
    expect({ status: atLimit.status, body: atLimit.body }).toEqual({
      status: 200,
      body: { data: { __typename: 'Query' } },
    });
    const tooDeep = await request(t.app.getHttpServer())
      .post('/graphql')
      .send({ query: fragmentNesting(10) });
    expect(statusOf(tooDeep)).toEqual({ status: 400, type: 'application/json' });
    expect(tooDeep.body).toEqual({
      errors: [
        {
          message: expect.stringContaining('depth limit of 10 exceeded, found 11'),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
  });

  it('rejects more than 20 aliases and accepts 20', async () => {
    const aliased = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `r${i}: regions { code }`).join(' ')} }`;
    const twenty = await t.gql(aliased(20), {}, hr.token);
    expect(twenty.errors).toBeUndefined();
    expect(Object.keys(twenty.data ?? {})).toHaveLength(20);
    const twentyOne = await t.gql(aliased(21), {}, hr.token);
    expect(twentyOne).toEqual({
      status: 400,
      data: undefined,
      errors: [
        {
          message: expect.stringContaining('Aliases limit of 20 exceeded, found 21'),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
  });
});

describe('limits checked before execution (GRAPHQL_MAX_DEPTH=3, GRAPHQL_MAX_COST=50)', () => {
  let limited: TestApp;

  beforeAll(async () => {
    limited = await createTestApp({ TOKEN_SECRET, GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COST: '50' });
  });

  afterAll(async () => {
    await limited?.close();
  });

  it('accepts depth 3 and rejects depth 4 with a validation error and no data', async () => {
    const three = await limited.gql(`{ vacancies(first: 1) { nodes { id } } }`, {}, hr.token);
    expect(three.errors).toBeUndefined();
    expect(three.data?.vacancies.nodes).toEqual(expect.any(Array));
    const four = await limited.gql(`{ vacancies(first: 1) { nodes { employer { id } } } }`, {}, hr.token);
    expect(four).toEqual({
      status: 400,
      data: undefined,
      errors: [
        {
          message: expect.stringContaining('depth limit of 3 exceeded, found 4'),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
  });

  it('does not execute a mutation whose selection is too deep', async () => {
    const before = await vacanciesOfEmployer();
    const res = await limited.gql(
      `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { employer { locations { pc4 } } } }`,
      { input: await vacancyInput(f, { locationPc4: await f.pc4(REGION) }) },
      hr.token,
    );
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.data).toBeUndefined();
    expect(await vacanciesOfEmployer()).toBe(before);
  });

  it('rejects candidateProfiles(first: 100) as too expensive, before execution', async () => {
    const res = await limited.gql(`{ candidateProfiles(first: 100) { totalCount } }`, {}, hr.token);
    expect(res).toEqual({
      status: 400,
      data: undefined,
      errors: [
        {
          message: expect.stringContaining('exceeds the limit of 50'),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
  });

  it('accepts candidateProfiles(first: 5), which costs exactly the limit', async () => {
    const res = await limited.gql(`{ candidateProfiles(first: 5) { totalCount } }`, {}, hr.token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.candidateProfiles.totalCount).toEqual(expect.any(Number));
  });
});

describe('request bodies', () => {
  const body = (paddingLength: number) =>
    JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(paddingLength) } });

  it('accepts a body just under REQUEST_BODY_LIMIT=100kb', async () => {
    expect(t.config.REQUEST_BODY_LIMIT).toBe('100kb');
    const payload = body(100_000);
    expect(Buffer.byteLength(payload)).toBeLessThan(100 * 1024);
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(payload);
    expect({ status: res.status, body: res.body }).toEqual({
      status: 200,
      body: { data: { __typename: 'Query' } },
    });
  });

  it('marks every answer, data or error, as never to be stored by a browser or proxy', async () => {
    const server = t.app.getHttpServer();
    const answered = await request(server).post('/graphql').send({ query: '{ __typename }' });
    const refused = await request(server).post('/graphql').send({ query: '{ vacancy(id: "x") { id } }' });
    expect([answered.status, answered.headers['cache-control']]).toEqual([200, 'no-store']);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('answers a body over the limit with 413 and a JSON error, never HTML or a stack trace', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(body(110 * 1024));
    expect(statusOf(res)).toEqual({ status: 413, type: 'application/json' });
    expect(res.body).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    expect(res.text).not.toMatch(/<html|<!DOCTYPE|PayloadTooLargeError|at \w+ \(/i);
  });

  it('answers malformed JSON with 400 and a JSON error', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": "{ __typename }"');
    expect(statusOf(res)).toEqual({ status: 400, type: 'application/json' });
    expect(res.body).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(res.text).not.toMatch(/<html|SyntaxError|JSON\.parse|at \w+ \(/i);
  });
});

describe('client mistakes that only PostgreSQL would notice are BAD_USER_INPUT, not internal errors', () => {
  const cursor = (createdAt: string, id: string) =>
    Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');

  it.each([
    ['an id of 36 dashes', cursor('2026-01-01T00:00:00.000Z', '-'.repeat(36))],
    [
      'a timestamp JavaScript reads but PostgreSQL does not',
      cursor('1', '00000000-0000-4000-8000-000000000000'),
    ],
  ])('a cursor with %s', async (_label, after) => {
    const res = await t.gql(
      `query($after: String) { vacancies(after: $after) { totalCount } }`,
      { after },
      hr.token,
    );
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }),
      }),
    ]);
  });

  it('a LocalDate in year 0000, which PostgreSQL has no day for', async () => {
    const before = await vacanciesOfEmployer();
    const input = await vacancyInput(f, { locationPc4: await f.pc4(REGION), startDate: '0000-01-01' });
    const res = await t.gql(CREATE_VACANCY, { input }, hr.token);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await vacanciesOfEmployer()).toBe(before);
  });
});

describe('outside production', () => {
  it('serves the Apollo Sandbox landing page on GET /graphql for browsers', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(statusOf(res)).toEqual({ status: 200, type: 'text/html' });
    expect(res.text).toContain('embeddable-sandbox');
  });

  it('allows introspection', async () => {
    const res = await t.gql(`{ __schema { types { name } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.types.map((type: { name: string }) => type.name)).toContain('Vacancy');
  });
});

describe('in production (NODE_ENV=production, on a read-only database session)', () => {
  let production: TestApp;

  beforeAll(async () => {
    // A read-only session turns every write into a genuine PostgreSQL error: an internal error to report safely.
    const url = new URL(t.config.DATABASE_URL);
    url.searchParams.set('options', '-c default_transaction_read_only=on');
    production = await createTestApp({
      NODE_ENV: 'production',
      TOKEN_SECRET,
      MAIL_URL: 'smtp://mail.invalid:587',
      PUBLIC_URL: 'https://werkbrug.invalid',
      DATABASE_URL: url.toString(),
    });
  });

  afterAll(async () => {
    await production?.close();
  });

  it('serves no landing page', async () => {
    const res = await request(production.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(res.status).not.toBe(200);
    expect(res.headers['content-type']).not.toMatch(/text\/html/);
    expect(res.text).not.toMatch(/<html|<!DOCTYPE|sandbox/i);
  });

  it('refuses introspection', async () => {
    const res = await production.gql(`{ __schema { types { name } } }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('reports an internal error without any detail of its cause', async () => {
    const before = await vacanciesOfEmployer();
    const input = await vacancyInput(f, { locationPc4: await f.pc4(REGION) });
    const res = await request(production.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${hr.token}`)
      .send({ query: CREATE_VACANCY, variables: { input } });
    expect(res.body).toEqual({
      data: null,
      errors: [
        {
          message: 'Internal server error.',
          locations: expect.any(Array),
          path: ['createVacancy'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', messageNl: expect.any(String) },
        },
      ],
    });
    expect(res.text).not.toMatch(LEAK_MARKERS);
    expect(await vacanciesOfEmployer()).toBe(before);
  });
});

describe('GET /health', () => {
  it('answers 200 with PostgreSQL and Redis up, without a token', async () => {
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      postgres: { status: 'up', latencyMs: expect.any(Number) },
      redis: { status: 'up', latencyMs: expect.any(Number) },
    });
  });
});
