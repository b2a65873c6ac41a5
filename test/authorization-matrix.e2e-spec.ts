import { Role } from '@werkbrug/core';
import { RegionStatisticsService } from '@werkbrug/statistics';
import { Actor, candidateInput, Fixtures, vacancyInput } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Every role against every query and mutation, including attempts across employers and regions.
 * HR_A and HR_B are two employers in AM27; HR_C is in AM01. RMT27/RMT01 are mobility teams of those regions.
 */
type ActorKey = 'HR_A' | 'HR_B' | 'HR_C' | 'RMT27' | 'RMT01' | 'JS_A' | 'ADMIN' | 'ANON';
type Outcome = 'OK' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';
const ACTORS: ActorKey[] = ['HR_A', 'HR_B', 'HR_C', 'RMT27', 'RMT01', 'JS_A', 'ADMIN', 'ANON'];

interface Ids {
  employerA: string;
  employerB: string;
  candidateShared: string;
  candidateDraft: string;
  candidateSelected: string;
  vacancyOpen: string;
  vacancyDraft: string;
  skills: string[];
  pc4: string;
}

interface Case {
  name: string;
  query: string;
  variables: (ids: Ids, f: Fixtures) => Record<string, unknown> | Promise<Record<string, unknown>>;
  expect: Partial<Record<ActorKey, Outcome>> & { default: Outcome };
}

const ALL_OK = { default: 'OK' as Outcome, ANON: 'UNAUTHENTICATED' as Outcome };

/** A candidate's own side (their HR leads, themself) and their region's mobility team; others do not see it. */
const OWNER_SIDE_OR_REGION_TEAM: Case['expect'] = {
  default: 'NOT_FOUND',
  HR_A: 'OK',
  JS_A: 'OK',
  RMT27: 'OK',
  HR_B: 'FORBIDDEN',
  ANON: 'UNAUTHENTICATED',
};

const CASES: Case[] = [
  { name: 'regions', query: `{ regions { code } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'searchSkills',
    query: `{ searchSkills(query: "klant") { skillId } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  { name: 'me', query: `{ me { id role } }`, variables: () => ({}), expect: ALL_OK },
  { name: 'employers', query: `{ employers { totalCount } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'employer (AM27)',
    query: `query($id: ID!) { employer(id: $id) { id } }`,
    variables: (ids) => ({ id: ids.employerA }),
    expect: { ...ALL_OK, HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND' },
  },
  {
    name: 'candidateProfile (shared with region)',
    query: `query($id: ID!) { candidateProfile(id: $id) { id visibility } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: { ...ALL_OK, HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND', ADMIN: 'NOT_FOUND' },
  },
  {
    name: 'candidateProfile (shared with employer B only)',
    query: `query($id: ID!) { candidateProfile(id: $id) { id } }`,
    variables: (ids) => ({ id: ids.candidateSelected }),
    expect: { ...ALL_OK, HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND', ADMIN: 'NOT_FOUND', JS_A: 'NOT_FOUND' },
  },
  {
    name: 'candidateProfile (draft)',
    query: `query($id: ID!) { candidateProfile(id: $id) { id } }`,
    variables: (ids) => ({ id: ids.candidateDraft }),
    expect: { default: 'NOT_FOUND', HR_A: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'candidateProfiles',
    query: `{ candidateProfiles { totalCount } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  {
    name: 'myCandidateProfile',
    query: `{ myCandidateProfile { id } }`,
    variables: () => ({}),
    expect: { default: 'FORBIDDEN', JS_A: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'candidateIdentity',
    query: `query($id: ID!) { candidateIdentity(candidateId: $id, purpose: "matrix test") { fullName } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: { default: 'NOT_FOUND', HR_A: 'OK', JS_A: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'identityAccessLog',
    query: `query($id: ID!) { identityAccessLog(candidateId: $id) { id } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: { default: 'FORBIDDEN', HR_A: 'OK', JS_A: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'vacancy (open)',
    query: `query($id: ID!) { vacancy(id: $id) { id } }`,
    variables: (ids) => ({ id: ids.vacancyOpen }),
    expect: { ...ALL_OK, HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND' },
  },
  {
    name: 'vacancy (draft)',
    query: `query($id: ID!) { vacancy(id: $id) { id } }`,
    variables: (ids) => ({ id: ids.vacancyDraft }),
    expect: { default: 'NOT_FOUND', HR_A: 'OK', ADMIN: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  { name: 'vacancies', query: `{ vacancies { totalCount } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'mySuggestions',
    query: `{ mySuggestions { totalCount } }`,
    variables: () => ({}),
    expect: { default: 'FORBIDDEN', JS_A: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'candidateMatches (own side only, or the mobility team)',
    query: `query($id: ID!) { candidateMatches(candidateId: $id) { totalCount } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: OWNER_SIDE_OR_REGION_TEAM,
  },
  {
    name: 'partTimeCombinations',
    query: `query($id: ID!) { partTimeCombinations(candidateId: $id) { score } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: OWNER_SIDE_OR_REGION_TEAM,
  },
  {
    name: "vacancyMatches (the employer's HR leads and the mobility team)",
    query: `query($id: ID!) { vacancyMatches(vacancyId: $id) { totalCount } }`,
    variables: (ids) => ({ id: ids.vacancyOpen }),
    expect: {
      default: 'FORBIDDEN',
      HR_A: 'OK',
      RMT27: 'OK',
      HR_C: 'NOT_FOUND',
      RMT01: 'NOT_FOUND',
      ANON: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'regionMatches',
    query: `{ regionMatches(filter: { minScore: 10 }) { totalCount } }`,
    variables: () => ({}),
    expect: { default: 'FORBIDDEN', RMT27: 'OK', RMT01: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'allocationPlan',
    query: `{ allocationPlan { positions } }`,
    variables: () => ({}),
    expect: { default: 'FORBIDDEN', RMT27: 'OK', RMT01: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'latestRematchRun (AM27)',
    query: `{ latestRematchRun(regionCode: "AM27") { status } }`,
    variables: () => ({}),
    expect: { default: 'FORBIDDEN', RMT27: 'OK', ADMIN: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'suggestSkillsFromText',
    query: `{ suggestSkillsFromText(text: "Ik kan goed plannen en werk graag met klanten") { skillId } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  {
    name: 'regionStatistics (AM27)',
    query: `{ regionStatistics(regionCode: "AM27") { openVacancies } }`,
    variables: () => ({}),
    expect: {
      default: 'FORBIDDEN',
      HR_A: 'OK',
      HR_B: 'OK',
      RMT27: 'OK',
      ADMIN: 'OK',
      ANON: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'createEmployer (AM27)',
    query: `mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }`,
    variables: (ids, f) => ({
      input: {
        name: f.unique('Nieuwe werkgever'),
        sector: 'RETAIL',
        regionCode: 'AM27',
        locations: [{ pc4: ids.pc4 }],
      },
    }),
    expect: { default: 'FORBIDDEN', RMT27: 'OK', ADMIN: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'updateEmployer (A)',
    query: `mutation($id: ID!) { updateEmployer(id: $id, input: { sector: CARE }) { id } }`,
    variables: (ids) => ({ id: ids.employerA }),
    expect: {
      default: 'FORBIDDEN',
      HR_A: 'OK',
      RMT27: 'OK',
      ADMIN: 'OK',
      HR_C: 'NOT_FOUND',
      RMT01: 'NOT_FOUND',
      ANON: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'createStaffAccount (HR lead of B)',
    query: `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
    variables: (ids, f) => ({
      input: {
        email: `${f.unique('hr').replace(/\W/g, '')}@test.werkbrug.nl`,
        password: 'a-long-enough-password',
        displayName: 'HR',
        role: 'HR_LEAD',
        employerId: ids.employerB,
      },
    }),
    expect: { default: 'FORBIDDEN', RMT27: 'OK', ADMIN: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'createCandidateProfile',
    query: `mutation($input: CreateCandidateInput!) { createCandidateProfile(input: $input) { id } }`,
    variables: async (_ids, f) => ({ input: await candidateInput(f, { consentGiven: false }) }),
    expect: { default: 'FORBIDDEN', HR_A: 'OK', HR_B: 'OK', HR_C: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'updateCandidateProfile (shared)',
    query: `mutation($id: ID!) { updateCandidateProfile(id: $id, input: { hoursMax: 32 }) { id } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: {
      default: 'FORBIDDEN',
      HR_A: 'OK',
      HR_C: 'NOT_FOUND',
      RMT01: 'NOT_FOUND',
      ADMIN: 'NOT_FOUND',
      ANON: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'changeCandidateStatus (shared)',
    query: `mutation($id: ID!) { changeCandidateStatus(id: $id, status: ACTIVE) { id } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: {
      default: 'FORBIDDEN',
      HR_A: 'OK',
      HR_C: 'NOT_FOUND',
      RMT01: 'NOT_FOUND',
      ADMIN: 'NOT_FOUND',
      ANON: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'recordCandidateConsent (shared)',
    query: `mutation($id: ID!) { recordCandidateConsent(id: $id, given: true) { id } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: {
      default: 'FORBIDDEN',
      HR_A: 'OK',
      JS_A: 'OK',
      HR_C: 'NOT_FOUND',
      RMT01: 'NOT_FOUND',
      ADMIN: 'NOT_FOUND',
      ANON: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'updateCandidateIdentity (shared)',
    query: `mutation($id: ID!) { updateCandidateIdentity(candidateId: $id, input: { fullName: "Anna de Vries" }) { fullName } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: { default: 'NOT_FOUND', HR_A: 'OK', JS_A: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'createJobSeekerInvitation (draft candidate)',
    query: `mutation($id: ID!) { createJobSeekerInvitation(candidateId: $id) { code } }`,
    variables: (ids) => ({ id: ids.candidateDraft }),
    expect: {
      default: 'FORBIDDEN',
      HR_A: 'OK',
      HR_B: 'NOT_FOUND',
      HR_C: 'NOT_FOUND',
      ANON: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'createVacancy',
    query: `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`,
    variables: async (_ids, f) => ({ input: await vacancyInput(f) }),
    expect: { default: 'FORBIDDEN', HR_A: 'OK', HR_B: 'OK', HR_C: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'updateVacancy (open)',
    query: `mutation($id: ID!) { updateVacancy(id: $id, input: { positions: 2 }) { id } }`,
    variables: (ids) => ({ id: ids.vacancyOpen }),
    expect: {
      default: 'FORBIDDEN',
      HR_A: 'OK',
      HR_C: 'NOT_FOUND',
      RMT01: 'NOT_FOUND',
      ANON: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'changeVacancyStatus (open)',
    query: `mutation($id: ID!) { changeVacancyStatus(id: $id, status: OPEN) { id } }`,
    variables: (ids) => ({ id: ids.vacancyOpen }),
    expect: {
      default: 'FORBIDDEN',
      HR_A: 'OK',
      HR_C: 'NOT_FOUND',
      RMT01: 'NOT_FOUND',
      ANON: 'UNAUTHENTICATED',
    },
  },
];

describe('authorization matrix', () => {
  let t: TestApp;
  let f: Fixtures;
  let ids: Ids;
  const tokens = {} as Record<ActorKey, string | undefined>;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    const [a, b, c] = [await f.employer('AM27'), await f.employer('AM27'), await f.employer('AM01')];
    const hrA: Actor = await f.actor(Role.HR_LEAD, { employerId: a.id });
    const create = async (input: Record<string, unknown>) => {
      const res = await t.gql(
        `mutation($input: CreateCandidateInput!) { createCandidateProfile(input: $input) { id } }`,
        { input },
        hrA.token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.createCandidateProfile.id as string;
    };
    const candidateShared = await create(await candidateInput(f));
    const candidateSelected = await create(
      await candidateInput(f, { sharingScope: 'SELECTED_EMPLOYERS', sharedWithEmployerIds: [b.id] }),
    );
    const candidateDraft = await create(await candidateInput(f, { consentGiven: false }));
    for (const id of [candidateShared, candidateSelected]) {
      const res = await t.gql(
        `mutation($id: ID!) { changeCandidateStatus(id: $id, status: ACTIVE) { status } }`,
        { id },
        hrA.token,
      );
      expect(res.data?.changeCandidateStatus.status).toBe('ACTIVE');
    }
    const vacancy = async () =>
      (
        await t.gql(
          `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`,
          { input: await vacancyInput(f) },
          hrA.token,
        )
      ).data!.createVacancy.id as string;
    const vacancyOpen = await vacancy();
    const vacancyDraft = await vacancy();
    await t.gql(
      `mutation($id: ID!) { changeVacancyStatus(id: $id, status: OPEN) { id } }`,
      { id: vacancyOpen },
      hrA.token,
    );
    ids = {
      employerA: a.id,
      employerB: b.id,
      candidateShared,
      candidateDraft,
      candidateSelected,
      vacancyOpen,
      vacancyDraft,
      skills: await f.skillIds(3),
      pc4: await f.pc4(),
    };

    tokens.HR_A = hrA.token;
    tokens.HR_B = (await f.actor(Role.HR_LEAD, { employerId: b.id })).token;
    tokens.HR_C = (await f.actor(Role.HR_LEAD, { employerId: c.id })).token;
    tokens.RMT27 = (await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM27' })).token;
    tokens.RMT01 = (await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM01' })).token;
    tokens.JS_A = (await f.actor(Role.JOB_SEEKER, { candidateId: candidateShared })).token;
    tokens.ADMIN = (await f.actor(Role.ADMINISTRATOR)).token;
    tokens.ANON = undefined;
    await t.app.get(RegionStatisticsService).recompute('AM27');
  });

  afterAll(() => t.close());

  const table = CASES.flatMap((c) =>
    ACTORS.map((actor) => [c.name, actor, c.expect[actor] ?? c.expect.default, c] as const),
  );

  it.each(table)('%s as %s → %s', async (_name, actor, expected, c) => {
    const res = await t.gql(c.query, await c.variables(ids, f), tokens[actor]);
    const code = res.errors?.[0]?.extensions?.code ?? 'OK';
    expect({ code, message: res.errors?.[0]?.message }).toEqual(expect.objectContaining({ code: expected }));
    if (expected === 'OK') expect(res.data).toBeTruthy();
  });

  it('lets HR leads see other employers’ candidates only anonymised', async () => {
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

  it('scopes lists: other regions see nothing of AM27', async () => {
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
    const js = await t.gql(`{ candidateProfiles(first: 100) { nodes { id } } }`, {}, tokens.JS_A);
    expect(js.data!.candidateProfiles.nodes).toEqual([{ id: ids.candidateShared }]);
    const admin = await t.gql(`{ candidateProfiles(first: 100) { totalCount } }`, {}, tokens.ADMIN);
    expect(admin.data!.candidateProfiles.totalCount).toBe(0);
  });
});
