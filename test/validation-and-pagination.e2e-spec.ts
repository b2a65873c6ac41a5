import { randomUUID } from 'node:crypto';
import { QueryCounter } from '@werkbrug/database';
import { Fixtures } from './support/fixtures';
import {
  candidateInputIn,
  CHANGE_CANDIDATE_STATUS,
  createCandidate,
  createVacancy,
  EmployerWithHrLead,
  employerWithHrLead,
  expectData,
  expectError,
  UPDATE_CANDIDATE,
  UPDATE_VACANCY,
  vacancyInputIn,
} from './support/helpers-auth';
import { createTestApp, GraphQLResponse, TestApp } from './support/test-app';

/**
 * Input validation (every mistake a client can make is BAD_USER_INPUT or CONFLICT naming the field, never an
 * internal error), cursor pagination, and the number of SQL statements a list costs.
 * Region AM29 is used by this file only, so the counts below see no other spec's rows.
 */
const REGION = 'AM29';
const OTHER_REGION = 'AM30';
/** Well-formed PC4s missing from the reference data. ("9999" is a real area, Stitswerd, so it is valid.) */
const UNKNOWN_PC4 = ['1000', '5999'];

const CREATE_CANDIDATE_ID = `mutation($input: CreateCandidateInput!) { createCandidateProfile(input: $input) { id } }`;
const CREATE_VACANCY_ID = `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`;
const VACANCY_STATUS = `mutation($id: ID!, $status: VacancyStatus!) { changeVacancyStatus(id: $id, status: $status) { status } }`;

type Input = Record<string, any>;

interface InputCase {
  name: string;
  /** A request that must be refused; `ctx` holds the ids and inputs made in beforeAll. */
  send: (ctx: Context) => Promise<GraphQLResponse>;
  field: string;
  /** For class-validator failures: every failing field is listed in extensions.fields. */
  listed?: boolean;
}

interface Context {
  t: TestApp;
  f: Fixtures;
  owner: EmployerWithHrLead;
  candidate: Input;
  vacancy: Input;
  candidateId: string;
  vacancyId: string;
  skills: string[];
}

const createCandidateWith = (ctx: Context, overrides: Input) =>
  ctx.t.gql(CREATE_CANDIDATE_ID, { input: { ...ctx.candidate, ...overrides } }, ctx.owner.hr.token);
const createVacancyWith = (ctx: Context, overrides: Input) =>
  ctx.t.gql(CREATE_VACANCY_ID, { input: { ...ctx.vacancy, ...overrides } }, ctx.owner.hr.token);
const updateCandidateWith = (ctx: Context, input: Input) =>
  ctx.t.gql(UPDATE_CANDIDATE, { id: ctx.candidateId, input }, ctx.owner.hr.token);
const updateVacancyWith = (ctx: Context, input: Input) =>
  ctx.t.gql(UPDATE_VACANCY, { id: ctx.vacancyId, input }, ctx.owner.hr.token);
const query = (ctx: Context, document: string, variables: Input = {}) =>
  ctx.t.gql(document, variables, ctx.owner.hr.token);

const INPUT_CASES: InputCase[] = [
  {
    name: 'PC4 "0000"',
    send: (c) => createCandidateWith(c, { homePc4: '0000' }),
    field: 'homePc4',
    listed: true,
  },
  ...UNKNOWN_PC4.map((pc4) => ({
    name: `unknown PC4 "${pc4}" on a profile`,
    send: (c: Context) => createCandidateWith(c, { homePc4: pc4 }),
    field: 'homePc4',
  })),
  ...UNKNOWN_PC4.map((pc4) => ({
    name: `unknown PC4 "${pc4}" on a vacancy`,
    send: (c: Context) => createVacancyWith(c, { locationPc4: pc4 }),
    field: 'locationPc4',
  })),
  {
    name: 'unknown PC4 on update',
    send: (c) => updateVacancyWith(c, { locationPc4: UNKNOWN_PC4[0] }),
    field: 'locationPc4',
  },
  {
    name: 'hoursMin > hoursMax on a profile',
    send: (c) => createCandidateWith(c, { hoursMin: 36, hoursMax: 24 }),
    field: 'hoursMin',
  },
  {
    name: 'hoursMin > hoursMax on a vacancy',
    send: (c) => createVacancyWith(c, { hoursMin: 36, hoursMax: 24 }),
    field: 'hoursMin',
  },
  {
    name: 'hoursMin above the stored hoursMax on update',
    send: (c) => updateCandidateWith(c, { hoursMin: 40 }),
    field: 'hoursMin',
  },
  {
    name: 'unknown ESCO skill in strengths',
    send: (c) => createCandidateWith(c, { strengths: [{ skillId: randomUUID(), level: 2 }] }),
    field: 'strengths',
  },
  {
    name: 'unknown ESCO skill in developmentSkillIds',
    send: (c) => updateCandidateWith(c, { developmentSkillIds: [randomUUID()] }),
    field: 'developmentSkillIds',
  },
  {
    name: 'unknown ESCO skill on a vacancy',
    send: (c) => createVacancyWith(c, { requiredSkillIds: [c.skills[0], randomUUID()] }),
    field: 'requiredSkillIds',
  },
  {
    name: 'the same skill as required and nice-to-have',
    send: (c) => createVacancyWith(c, { requiredSkillIds: [c.skills[0]], niceToHaveSkillIds: [c.skills[0]] }),
    field: 'requiredSkillIds',
  },
  {
    name: 'the same skill as required and trained on the job, on update',
    send: (c) =>
      updateVacancyWith(c, { requiredSkillIds: [c.skills[1]], trainedOnTheJobSkillIds: [c.skills[1]] }),
    field: 'requiredSkillIds',
  },
  {
    name: 'the same skill twice in strengths',
    send: (c) =>
      createCandidateWith(c, {
        strengths: [
          { skillId: c.skills[0], level: 1 },
          { skillId: c.skills[0], level: 3 },
        ],
      }),
    field: 'strengths',
  },
  {
    name: 'a malformed id argument',
    send: (c) => query(c, `{ candidateProfile(id: "not-an-id") { id } }`),
    field: 'id',
  },
  {
    name: 'a malformed id argument (numeric)',
    send: (c) => query(c, `query($id: ID!) { vacancy(id: $id) { id } }`, { id: 123 }),
    field: 'id',
  },
  {
    name: 'a malformed id of a mutation',
    send: (c) => c.t.gql(UPDATE_VACANCY, { id: 'abc', input: { positions: 2 } }, c.owner.hr.token),
    field: 'id',
  },
  {
    name: 'a malformed candidateId',
    send: (c) => query(c, `{ candidateIdentity(candidateId: "x", purpose: "controle") { fullName } }`),
    field: 'candidateId',
    listed: true,
  },
  {
    name: 'a malformed employerId filter',
    send: (c) => query(c, `{ vacancies(employerId: "1 OR 1=1") { totalCount } }`),
    field: 'employerId',
    listed: true,
  },
  {
    name: 'a malformed skill id in an input',
    send: (c) => createCandidateWith(c, { strengths: [{ skillId: 'typing', level: 2 }] }),
    field: 'strengths.0.skillId',
    listed: true,
  },
  {
    name: 'a malformed employer id to share with',
    send: (c) =>
      createCandidateWith(c, { sharingScope: 'SELECTED_EMPLOYERS', sharedWithEmployerIds: ['nope'] }),
    field: 'sharedWithEmployerIds',
    listed: true,
  },
  ...[
    ['first: 0', '{ vacancies(first: 0) { totalCount } }'],
    ['first: 101', '{ vacancies(first: 101) { totalCount } }'],
    ['first: 0 on profiles', '{ candidateProfiles(first: 0) { totalCount } }'],
    ['first: 101 on employers', '{ employers(first: 101) { totalCount } }'],
  ].map(([name, document]) => ({
    name,
    send: (c: Context) => query(c, document),
    field: 'first',
    listed: true,
  })),
  ...[
    ['garbage', 'garbage'],
    ['valid base64 of the wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['an array with no date', Buffer.from('["yesterday","x"]').toString('base64url')],
    ['an array with a malformed id', Buffer.from('["2026-01-01T00:00:00.000Z","x"]').toString('base64url')],
  ].map(([name, after]) => ({
    name: `an "after" cursor that is ${name}`,
    send: (c: Context) =>
      query(c, `query($after: String) { candidateProfiles(after: $after) { totalCount } }`, { after }),
    field: 'after',
  })),
  {
    name: 'an overlong "after" cursor',
    send: (c) =>
      query(c, `query($after: String) { vacancies(after: $after) { totalCount } }`, {
        after: 'x'.repeat(201),
      }),
    field: 'after',
    listed: true,
  },
  ...['title', 'hoursMin', 'kind', 'requiredSkillIds', 'description', 'expectedVersion'].map((field) => ({
    name: `null for ${field} on a vacancy update`,
    send: (c: Context) => updateVacancyWith(c, { [field]: null }),
    field,
    listed: true,
  })),
  ...['name', 'sector'].map((field) => ({
    name: `null for ${field} on an employer update`,
    send: (c: Context) =>
      c.t.gql(
        `mutation($id: ID!, $input: UpdateEmployerInput!) { updateEmployer(id: $id, input: $input) { id } }`,
        { id: c.owner.employer.id, input: { [field]: null } },
        c.owner.hr.token,
      ),
    field,
    listed: true,
  })),
  ...['track', 'hoursMax', 'homePc4', 'travelMode', 'sharingScope', 'strengths', 'developmentSkillIds'].map(
    (field) => ({
      name: `null for ${field} on a profile update`,
      send: (c: Context) => updateCandidateWith(c, { [field]: null }),
      field,
      listed: true,
    }),
  ),
];

describe('validation and pagination', () => {
  let t: TestApp;
  let f: Fixtures;
  const ctx = {} as Context;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    const owner = await employerWithHrLead(f, REGION);
    const candidate = await candidateInputIn(f, owner.pc4);
    const vacancy = await vacancyInputIn(f, owner.pc4);
    Object.assign(ctx, {
      t,
      f,
      owner,
      candidate,
      vacancy,
      candidateId: await createCandidate(t, owner.hr.token, candidate),
      vacancyId: await createVacancy(t, owner.hr.token, vacancy),
      skills: await f.skillIds(4, 20),
    });
  });

  afterAll(() => t.close());

  /** The owner's stored profiles and vacancies, to show a refused request changed nothing. */
  const storedState = async () =>
    JSON.stringify(
      await f.query(
        `SELECT (SELECT json_agg(c ORDER BY c.id) FROM candidate_profile c WHERE c.employer_id = $1) AS c,
                (SELECT json_agg(v ORDER BY v.id) FROM vacancy v WHERE v.employer_id = $1) AS v,
                (SELECT json_agg(s ORDER BY s.vacancy_id, s.skill_id) FROM vacancy_skill s
                   JOIN vacancy v ON v.id = s.vacancy_id WHERE v.employer_id = $1) AS s`,
        [ctx.owner.employer.id],
      ),
    );

  describe('refuses bad input with BAD_USER_INPUT naming the field', () => {
    it.each(INPUT_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const before = await storedState();
      const res = await c.send(ctx);
      expectError(res, 'BAD_USER_INPUT', { field: c.field });
      expect(res.data ?? null).toBeNull();
      if (c.listed) {
        expect(res.errors![0].extensions?.fields).toContainEqual({
          field: c.field,
          problems: expect.arrayContaining([expect.any(String)]),
        });
      }
      expect(await storedState()).toBe(before);
    });
  });

  describe('refuses values that do not fit their GraphQL type with BAD_USER_INPUT and status 400', () => {
    it.each([
      [
        '2027-02-30 as contractEndDate',
        UPDATE_CANDIDATE,
        { contractEndDate: '2027-02-30' },
        'input.contractEndDate',
      ],
      [
        '2027-13-01 as availableFrom',
        UPDATE_CANDIDATE,
        { availableFrom: '2027-13-01' },
        'input.availableFrom',
      ],
      [
        '01-03-2027 as contractEndDate',
        UPDATE_CANDIDATE,
        { contractEndDate: '01-03-2027' },
        'input.contractEndDate',
      ],
      ['2027-02-29 as startDate', UPDATE_VACANCY, { startDate: '2027-02-29' }, 'input.startDate'],
      ['a string as hoursMin', UPDATE_VACANCY, { hoursMin: 'twenty' }, 'input.hoursMin'],
    ])('%s', async (_name, document, input, path) => {
      const before = await storedState();
      const id = document === UPDATE_CANDIDATE ? ctx.candidateId : ctx.vacancyId;
      const res = await t.gql(document, { id, input }, ctx.owner.hr.token);
      expect(res.status).toBe(400);
      expect(expectError(res, 'BAD_USER_INPUT').message).toContain(`at "${path}"`);
      expect(await storedState()).toBe(before);
    });

    it('accepts a real leap day (control)', async () => {
      const res = await updateVacancyWith(ctx, { startDate: '2028-02-29' });
      expect(expectData(res).updateVacancy.id).toBe(ctx.vacancyId);
      const [row] = await f.query(`SELECT start_date::text AS d FROM vacancy WHERE id = $1`, [ctx.vacancyId]);
      expect(row.d).toBe('2028-02-29');
    });

    it('reports a missing required variable the same way', async () => {
      const res = await t.gql(`query($id: ID!) { vacancy(id: $id) { id } }`, {}, ctx.owner.hr.token);
      expect(res.status).toBe(400);
      expectError(res, 'BAD_USER_INPUT');
    });
  });

  describe('refuses what breaks the rules with BAD_USER_INPUT or CONFLICT', () => {
    it('does not share a profile with an employer in another region', async () => {
      const [elsewhere, neighbour] = [await f.employer(OTHER_REGION), await f.employer(REGION)];
      const before = await storedState();
      const res = await createCandidateWith(ctx, {
        sharingScope: 'SELECTED_EMPLOYERS',
        sharedWithEmployerIds: [elsewhere.id],
      });
      expectError(res, 'BAD_USER_INPUT', { field: 'sharedWithEmployerIds' });
      expect(await storedState()).toBe(before);
      const mixed = await updateCandidateWith(ctx, {
        sharingScope: 'SELECTED_EMPLOYERS',
        sharedWithEmployerIds: [neighbour.id, elsewhere.id],
      });
      expectError(mixed, 'BAD_USER_INPUT', { field: 'sharedWithEmployerIds' });
      expect(await storedState()).toBe(before);

      const allowed = await createCandidateWith(ctx, {
        sharingScope: 'SELECTED_EMPLOYERS',
        sharedWithEmployerIds: [neighbour.id],
      });
      expectData(allowed);
    });

    it('does not activate a profile without consent', async () => {
      const id = await createCandidate(t, ctx.owner.hr.token, { ...ctx.candidate, consentGiven: false });
      const res = await t.gql(CHANGE_CANDIDATE_STATUS, { id, status: 'ACTIVE' }, ctx.owner.hr.token);
      expectError(res, 'CONFLICT');
      const [row] = await f.query(`SELECT status FROM candidate_profile WHERE id = $1`, [id]);
      expect(row.status).toBe('DRAFT');
    });

    it('refuses status changes the life cycle does not allow', async () => {
      const candidate = await t.gql(
        CHANGE_CANDIDATE_STATUS,
        { id: ctx.candidateId, status: 'PAUSED' },
        ctx.owner.hr.token,
      );
      expectError(candidate, 'CONFLICT', { from: 'DRAFT', to: 'PAUSED' });
      const vacancy = await t.gql(
        VACANCY_STATUS,
        { id: ctx.vacancyId, status: 'FILLED' },
        ctx.owner.hr.token,
      );
      expectError(vacancy, 'CONFLICT', { from: 'DRAFT', to: 'FILLED' });
    });

    it.each([
      ['profile', UPDATE_CANDIDATE, 'updateCandidateProfile', () => ctx.candidateId, { hoursMax: 34 }],
      ['vacancy', UPDATE_VACANCY, 'updateVacancy', () => ctx.vacancyId, { positions: 3 }],
    ])('refuses a stale expectedVersion on a %s', async (_name, document, field, id, change) => {
      const current = expectData(await t.gql(document, { id: id(), input: {} }, ctx.owner.hr.token))[field]
        .version as number;
      const stale = await t.gql(
        document,
        { id: id(), input: { ...change, expectedVersion: current - 1 } },
        ctx.owner.hr.token,
      );
      expectError(stale, 'CONFLICT', { currentVersion: current });
      const fresh = await t.gql(
        document,
        { id: id(), input: { ...change, expectedVersion: current } },
        ctx.owner.hr.token,
      );
      expect(expectData(fresh)[field].version).toBe(current + 1);
    });

    it('keeps the fields a vacancy update leaves out', async () => {
      const fields = `description positions workDays shifts requiredSkillIds niceToHaveSkillIds trainedOnTheJobSkillIds`;
      const read = async () =>
        expectData(
          await query(ctx, `query($id: ID!) { vacancy(id: $id) { ${fields} } }`, { id: ctx.vacancyId }),
        ).vacancy;
      const before = await read();
      expect(before.requiredSkillIds.length).toBeGreaterThan(0);
      expectData(await updateVacancyWith(ctx, { hoursMax: 36 }));
      expect(await read()).toEqual(before);
    });
  });

  describe('cursor pagination', () => {
    const PAGE = `query($employerId: ID!, $after: String) {
      vacancies(first: 3, employerId: $employerId, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
      }
    }`;

    interface PageResult {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { id: string } }[];
    }

    async function employerWithVacancies(count: number): Promise<EmployerWithHrLead & { ids: string[] }> {
      const pager = await employerWithHrLead(f, REGION);
      const input = await vacancyInputIn(f, pager.pc4);
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        ids.push(await createVacancy(t, pager.hr.token, { ...input, title: `Vacature ${i + 1}` }));
      }
      return { ...pager, ids };
    }

    const page = async (pager: EmployerWithHrLead, after?: string | null): Promise<PageResult> =>
      expectData(await t.gql(PAGE, { employerId: pager.employer.id, after }, pager.hr.token)).vacancies;

    it('walks all vacancies newest first in pages that do not overlap', async () => {
      const pager = await employerWithVacancies(7);
      const pages: PageResult[] = [await page(pager)];
      while (pages.at(-1)!.pageInfo.hasNextPage && pages.length < 5) {
        pages.push(await page(pager, pages.at(-1)!.pageInfo.endCursor));
      }

      expect(pages.map((p) => p.edges.length)).toEqual([3, 3, 1]);
      expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
      expect(pages.map((p) => p.totalCount)).toEqual([7, 7, 7]);
      for (const p of pages) expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)!.cursor);
      const seen = pages.flatMap((p) => p.edges.map((e) => e.node.id));
      expect(new Set(seen).size).toBe(7);
      expect(seen).toEqual([...pager.ids].reverse());
      const stored = await f.query<{ id: string }>(
        `SELECT id FROM vacancy WHERE employer_id = $1 ORDER BY created_at DESC, id DESC`,
        [pager.employer.id],
      );
      expect(seen).toEqual(stored.map((r) => r.id));

      const beyond = await page(pager, pages[2].pageInfo.endCursor);
      expect(beyond).toEqual({ totalCount: 7, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    });

    it('keeps a cursor stable when newer items arrive between pages', async () => {
      const pager = await employerWithVacancies(4);
      const first = await page(pager);
      await createVacancy(t, pager.hr.token, await vacancyInputIn(f, pager.pc4, { title: 'Nieuwkomer' }));
      const second = await page(pager, first.pageInfo.endCursor);
      expect(second.edges.map((e) => e.node.id)).toEqual([pager.ids[0]]);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(second.totalCount).toBe(5);
    });
  });

  describe('bounded SQL: lists resolve their relations in batches', () => {
    const PROFILES = `query($first: Int!) {
      candidateProfiles(first: $first, ownership: OWN) {
        totalCount
        nodes { id employer { name } strengths { level skill { labelEn } } developmentSkills { labelEn } }
      }
    }`;
    let bulk: EmployerWithHrLead;

    beforeAll(async () => {
      bulk = await employerWithHrLead(f, REGION);
      const pool = await f.skillIds(60, 100);
      const base = await candidateInputIn(f, bulk.pc4);
      // Different skills per profile, so batching (not a shared cache hit) is what keeps the count flat.
      const inputs = Array.from({ length: 40 }, (_, i) => ({
        ...base,
        strengths: [0, 1, 2].map((k) => ({ skillId: pool[(i * 3 + k) % 45], level: 1 + k })),
        developmentSkillIds: [pool[45 + (i % 15)]],
      }));
      for (let i = 0; i < inputs.length; i += 8) {
        await Promise.all(inputs.slice(i, i + 8).map((input) => createCandidate(t, bulk.hr.token, input)));
      }
    });

    async function statementsFor(document: string, variables: Input, token: string) {
      const before = QueryCounter.count;
      const res = await t.gql(document, variables, token);
      return { statements: QueryCounter.count - before, data: expectData(res) };
    }

    it('costs the same number of statements for 5 and for 40 profiles', async () => {
      await statementsFor(PROFILES, { first: 1 }, bulk.hr.token);
      const five = await statementsFor(PROFILES, { first: 5 }, bulk.hr.token);
      const forty = await statementsFor(PROFILES, { first: 40 }, bulk.hr.token);

      expect(five.data.candidateProfiles.totalCount).toBe(40);
      expect(five.data.candidateProfiles.nodes).toHaveLength(5);
      const nodes: Input[] = forty.data.candidateProfiles.nodes;
      expect(nodes).toHaveLength(40);
      for (const node of nodes) {
        expect(node.employer).toEqual({ name: bulk.employer.name });
        expect(node.strengths).toHaveLength(3);
        for (const s of node.strengths) expect(s.skill.labelEn).toEqual(expect.any(String));
        expect(node.developmentSkills).toEqual([{ labelEn: expect.any(String) }]);
      }
      expect(five.statements).toBeGreaterThan(0);
      expect(forty.statements - five.statements).toBeGreaterThanOrEqual(0);
      expect(forty.statements - five.statements).toBeLessThanOrEqual(1);
    });

    it('costs the same number of statements for 2 and for 7 vacancies', async () => {
      const VACANCIES = `query($first: Int!, $employerId: ID!) {
        vacancies(first: $first, employerId: $employerId) {
          nodes { id employer { name } requiredSkills { labelEn } niceToHaveSkills { labelEn } trainedOnTheJobSkills { labelEn } }
        }
      }`;
      const input = await vacancyInputIn(f, bulk.pc4);
      const pool = await f.skillIds(21, 200);
      for (let i = 0; i < 7; i++) {
        await createVacancy(t, bulk.hr.token, {
          ...input,
          requiredSkillIds: [pool[i * 3]],
          niceToHaveSkillIds: [pool[i * 3 + 1]],
          trainedOnTheJobSkillIds: [pool[i * 3 + 2]],
        });
      }
      const variables = (first: number) => ({ first, employerId: bulk.employer.id });
      await statementsFor(VACANCIES, variables(1), bulk.hr.token);
      const two = await statementsFor(VACANCIES, variables(2), bulk.hr.token);
      const seven = await statementsFor(VACANCIES, variables(7), bulk.hr.token);
      expect(seven.data.vacancies.nodes).toHaveLength(7);
      for (const node of seven.data.vacancies.nodes as Input[]) {
        expect(node.employer).toEqual({ name: bulk.employer.name });
        expect(node.requiredSkills).toEqual([{ labelEn: expect.any(String) }]);
      }
      expect(seven.statements - two.statements).toBeGreaterThanOrEqual(0);
      expect(seven.statements - two.statements).toBeLessThanOrEqual(1);
    });
  });
});
