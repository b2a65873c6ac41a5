import { randomUUID } from 'node:crypto';
import { CONSENT_CASES } from './authorization/cases.consent';
import { CORE_CASES } from './authorization/cases.core';
import { DATA_RIGHTS_CASES } from './authorization/cases.data-rights';
import { MATCHING_CASES } from './authorization/cases.matching';
import { MOBILITY_PLAN_CASES } from './authorization/cases.mobility-plans';
import { NETWORK_CASES } from './authorization/cases.networks';
import { PLACEMENT_CASES } from './authorization/cases.placements';
import { SESSION_CASES } from './authorization/cases.sessions';
import { TRAJECTORY_CASES } from './authorization/cases.trajectories';
import { ActorKey, ACTORS, Case, MatrixFixtures } from './authorization/matrix.types';
import { buildWorld, World } from './authorization/matrix.world';
import { operationsOf, SchemaOperation, schemaOperations } from './authorization/schema-operations';
import { RegionStatisticsService } from '@werkbrug/statistics';
import { candidateInput, Fixtures, vacancyInput } from './support/fixtures';
import { createTestApp, GraphQLResponse, TestApp } from './support/test-app';

/**
 * Every role against every query and mutation, including attempts across employers, regions and job seekers.
 * The schema itself says which operations exist: an operation without a case fails the suite, so a new one
 * cannot ship unchecked. Wherever a caller must not see an object, the answer is the one a random id gets.
 */
const CASES: Case[] = [
  ...CORE_CASES,
  ...MATCHING_CASES,
  ...CONSENT_CASES,
  ...SESSION_CASES,
  ...PLACEMENT_CASES,
  ...DATA_RIGHTS_CASES,
  ...TRAJECTORY_CASES,
  ...MOBILITY_PLAN_CASES,
  ...NETWORK_CASES,
];

/**
 * Operations with an ID argument that reveal nothing about other people's objects, so they have no
 * "an object you may not see" comparison. Each needs a reason.
 */
const NO_HIDDEN_OBJECT: Record<string, string> = {
  'Query.skills': 'public ESCO reference data; unknown ids are left out',
  'Mutation.markNotificationsRead': "counts the caller's own notifications only; other ids count as zero",
  'Query.outcomeFigures':
    'suppressed aggregates of the region only; an employer id filters them, an unknown one counts nobody',
};

/** The same request with every occurrence of one id replaced by a fresh random UUID. */
function withRandomId(value: unknown, id: string, random: string): unknown {
  if (value === id) return random;
  if (Array.isArray(value)) return value.map((v) => withRandomId(v, id, random));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withRandomId(v, id, random)]));
  return value;
}

/** Whether the caller must not see the case's probed object: then it must answer as for a random id. */
const hiddenFrom = (c: Case, actor: ActorKey) =>
  (c.expect[actor] ?? c.expect.default) === 'NOT_FOUND' || (c.hiddenFrom ?? []).includes(actor);

/** What a client can tell apart: the data and each error's message and extensions. */
const answer = (res: GraphQLResponse) => ({
  data: res.data ?? null,
  errors: res.errors?.map((e) => ({ message: e.message, extensions: e.extensions })),
});

describe('authorization matrix', () => {
  let t: TestApp;
  let f: MatrixFixtures;
  let world: World;
  let operations: SchemaOperation[];

  beforeAll(async () => {
    t = await createTestApp();
    // Listening once spares supertest binding and closing a port for each of the ~1,300 requests.
    await t.app.listen(0, '127.0.0.1');
    const fixtures = new Fixtures(t);
    f = {
      unique: (label) => fixtures.unique(label),
      employer: (regionCode) => fixtures.employer(regionCode),
      actor: (role, scope) => fixtures.actor(role, scope),
      skillIds: (count, offset) => fixtures.skillIds(count, offset),
      pc4: () => fixtures.pc4(),
      query: (sql, params) => fixtures.query(sql, params),
      candidateInput: (overrides) => candidateInput(fixtures, overrides),
      vacancyInput: (overrides) => vacancyInput(fixtures, overrides),
    };
    world = await buildWorld(t, f);
    await t.app.get(RegionStatisticsService).recompute('AM27');
    operations = await schemaOperations(t, world.tokens.ADMIN!);
  }, 120_000);

  afterAll(() => t?.close());

  describe('completeness', () => {
    const covered = () => new Set(CASES.flatMap((c) => operationsOf(c.query)));
    const key = (op: SchemaOperation) => `${op.root}.${op.name}`;

    it('has a case for every query and mutation in the schema', () => {
      const missing = operations.map(key).filter((name) => !covered().has(name));
      expect(missing).toEqual([]);
    });

    it('has no case for an operation the schema no longer has', () => {
      const existing = new Set(operations.map(key));
      const stale = CASES.flatMap((c) => operationsOf(c.query).filter((name) => !existing.has(name)));
      expect(stale).toEqual([]);
    });

    it('compares an object the caller may not see with a random id for every operation taking an id', () => {
      const compared = new Set(
        CASES.filter((c) => c.probe && ACTORS.some((actor) => hiddenFrom(c, actor))).flatMap((c) =>
          operationsOf(c.query),
        ),
      );
      const without = operations
        .filter((op) => op.idArguments.length > 0 && !(key(op) in NO_HIDDEN_OBJECT))
        .map(key)
        .filter((name) => !compared.has(name));
      expect(without).toEqual([]);
    });
  });

  const table = CASES.flatMap((c) =>
    ACTORS.map((actor) => [c.name, actor, c.expect[actor] ?? c.expect.default, c] as const),
  );

  const ask = async (c: Case, actor: ActorKey) => {
    const token = world.tokens[actor];
    const variables = await c.variables(world.ids, f);
    const probed = c.probe && hiddenFrom(c, actor) ? (world.ids[c.probe] as string) : null;
    // Neither request changes anything when the object is hidden, so both go at once.
    return Promise.all([
      t.gql(c.query, variables, token),
      probed ? t.gql(c.query, withRandomId(variables, probed, randomUUID()) as never, token) : null,
    ]);
  };
  // Queries change nothing another actor's answer depends on, so all actors ask at once; mutations go one by
  // one in ACTORS order, which their expectations rely on.
  const queryBatches = new Map<Case, ReturnType<typeof ask>[]>();
  const answerOf = (c: Case, actor: ActorKey) => {
    if (!operationsOf(c.query).every((op) => op.startsWith('Query.'))) return ask(c, actor);
    if (!queryBatches.has(c))
      queryBatches.set(
        c,
        ACTORS.map((a) => ask(c, a)),
      );
    return queryBatches.get(c)![ACTORS.indexOf(actor)];
  };

  it.each(table)('%s as %s → %s', async (_name, actor, expected, c) => {
    const [res, random] = await answerOf(c, actor);
    const code = res.errors?.[0]?.extensions?.code ?? 'OK';
    expect({ code, message: res.errors?.[0]?.message }).toEqual(expect.objectContaining({ code: expected }));
    if (expected === 'OK') expect(res.data).toBeTruthy();
    if (random) expect(answer(res)).toEqual(answer(random));
  });

  it('lets HR leads see other employers’ candidates only anonymised', async () => {
    const { ids, tokens } = world;
    const own = await t.gql(
      `query($id: ID!) { candidateProfile(id: $id) { visibility employerId sharingScope version } }`,
      { id: ids.candidateShared },
      tokens.HR_A,
    );
    const other = await t.gql(
      `query($id: ID!) { candidateProfile(id: $id) { visibility employerId sharingScope version } }`,
      { id: ids.candidateShared },
      tokens.HR_B,
    );
    const rmt = await t.gql(
      `query($id: ID!) { candidateProfile(id: $id) { visibility employerId sharingScope } }`,
      { id: ids.candidateShared },
      tokens.RMT27,
    );
    expect(own.data?.candidateProfile).toEqual({
      visibility: 'OWNER',
      employerId: ids.employerA,
      sharingScope: 'REGION',
      version: expect.any(Number),
    });
    expect(other.data?.candidateProfile).toEqual({
      visibility: 'ANONYMISED',
      employerId: null,
      sharingScope: null,
      version: null,
    });
    expect(rmt.data?.candidateProfile).toEqual({
      visibility: 'ANONYMISED',
      employerId: ids.employerA,
      sharingScope: null,
    });
  });

  it('scopes lists: other regions see nothing of AM27, job seekers only themselves', async () => {
    const { ids, tokens } = world;
    const list = `{ candidateProfiles(first: 100) { nodes { id } } vacancies(first: 100) { nodes { id } } employers(first: 100) { nodes { id } } }`;
    const c = await t.gql(list, {}, tokens.HR_C);
    const seen = [
      ...c.data!.candidateProfiles.nodes,
      ...c.data!.vacancies.nodes,
      ...c.data!.employers.nodes,
    ].map((n: { id: string }) => n.id);
    expect(seen).not.toEqual(expect.arrayContaining([ids.candidateShared]));
    expect(seen).not.toContain(ids.vacancyOpen);
    expect(seen).not.toContain(ids.employerA);
    const mine = `{ candidateProfiles(first: 100) { nodes { id } } placements { id } meetAndGreetSessions { id } }`;
    const jsA = await t.gql(mine, {}, tokens.JS_A);
    expect(jsA.data!.candidateProfiles.nodes).toEqual([{ id: ids.candidateShared }]);
    const jsB = await t.gql(mine, {}, tokens.JS_B);
    expect(jsB.data).toEqual({
      candidateProfiles: { nodes: [{ id: ids.candidateB }] },
      placements: [],
      meetAndGreetSessions: [],
    });
    const admin = await t.gql(`{ candidateProfiles(first: 100) { totalCount } }`, {}, tokens.ADMIN);
    expect(admin.data!.candidateProfiles.totalCount).toBe(0);
  });
});
