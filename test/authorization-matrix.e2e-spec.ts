import { Role } from '@werkbrug/core';
import { RegionStatisticsService } from '@werkbrug/statistics';
import { Actor, candidateInput, Fixtures, vacancyInput } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Every role against every query and mutation, including attempts across employers and regions.
 * HR_A and HR_B are two employers in AM27; HR_C is in AM01. RMT27/RMT01 are mobility teams of those regions.
 */
type ActorKey = 'HR_A' | 'HR_B' | 'HR_C' | 'RMT27' | 'RMT01' | 'JS_A' | 'ADMIN' | 'ANON';
type Outcome = 'OK' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'CONFLICT';
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
  /** A meet-and-greet session of AM27 to which candidateShared (JS_A) and employer B are invited. */
  sessionId: string;
  /** A proposed secondment of candidateShared (employer A) to employer B, with dates. */
  placementId: string;
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

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const sessionSetup = () => ({
  title: 'Matchingsbijeenkomst',
  venue: 'Stadhuis',
  date: inDays(10).toISOString().slice(0, 10),
  firstSlotStart: '13:00',
  slotMinutes: 15,
  slotCount: 4,
  tableCount: 4,
  maxMeetingsPerCandidate: 3,
  maxMeetingsPerRepresentative: 4,
  minMeetingsPerCandidate: 1,
  registrationDeadline: inDays(5).toISOString(),
});

/** Who takes part in the session: the invited candidate's own side, the invited employer, and the region's team. */
const SESSION_PARTICIPANTS_OR_TEAM: Case['expect'] = {
  default: 'NOT_FOUND',
  RMT27: 'OK',
  HR_A: 'OK',
  HR_B: 'OK',
  JS_A: 'OK',
  ANON: 'UNAUTHENTICATED',
};
/** Only the region's mobility team; participants are refused, others do not see the session at all. */
const SESSION_TEAM_ONLY: Case['expect'] = {
  ...SESSION_PARTICIPANTS_OR_TEAM,
  HR_A: 'FORBIDDEN',
  HR_B: 'FORBIDDEN',
  JS_A: 'FORBIDDEN',
};

CASES.push(
  {
    name: 'meetAndGreetSessions',
    query: `{ meetAndGreetSessions { id } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  {
    name: 'meetAndGreetSession',
    query: `query($id: ID!) { meetAndGreetSession(sessionId: $id) { id status } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: SESSION_PARTICIPANTS_OR_TEAM,
  },
  {
    name: 'createMeetAndGreetSession',
    query: `mutation($input: SessionSetupInput!) { createMeetAndGreetSession(input: $input) { id } }`,
    variables: () => ({ input: sessionSetup() }),
    expect: { default: 'FORBIDDEN', RMT27: 'OK', RMT01: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'sessionInviteeSuggestions',
    query: `query($id: ID!) { sessionInviteeSuggestions(sessionId: $id) { candidates { candidateId } } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: SESSION_TEAM_ONLY,
  },
  {
    name: 'inviteToSession',
    query: `mutation($id: ID!, $input: InviteToSessionInput!) { inviteToSession(sessionId: $id, input: $input) { employers } }`,
    variables: (ids) => ({ id: ids.sessionId, input: { employers: [{ employerId: ids.employerB }] } }),
    expect: SESSION_TEAM_ONLY,
  },
  {
    name: 'sessionCandidates',
    query: `query($id: ID!) { sessionCandidates(sessionId: $id) { candidateId } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: SESSION_PARTICIPANTS_OR_TEAM,
  },
  {
    name: 'sessionEmployers',
    query: `query($id: ID!) { sessionEmployers(sessionId: $id) { employerId } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: SESSION_PARTICIPANTS_OR_TEAM,
  },
  {
    name: 'respondToSessionInvitation (employer B)',
    query: `mutation($id: ID!, $p: ParticipantInput!) {
      respondToSessionInvitation(sessionId: $id, participant: $p, answer: { attending: true }) }`,
    variables: (ids) => ({ id: ids.sessionId, p: { employerId: ids.employerB } }),
    expect: { ...SESSION_PARTICIPANTS_OR_TEAM, HR_A: 'NOT_FOUND', JS_A: 'NOT_FOUND' },
  },
  {
    name: 'setSessionWish (candidate side)',
    query: `mutation($id: ID!, $input: SessionWishInput!) { setSessionWish(sessionId: $id, input: $input) { kind } }`,
    variables: (ids) => ({
      id: ids.sessionId,
      input: {
        candidateId: ids.candidateShared,
        employerId: ids.employerB,
        side: 'CANDIDATE',
        kind: 'WOULD_LIKE',
      },
    }),
    expect: { ...SESSION_PARTICIPANTS_OR_TEAM, RMT27: 'FORBIDDEN', HR_B: 'FORBIDDEN' },
  },
  {
    name: 'sessionWishes',
    query: `query($id: ID!) { sessionWishes(sessionId: $id) { kind } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: SESSION_PARTICIPANTS_OR_TEAM,
  },
  {
    name: 'sessionAgenda (candidate)',
    query: `query($id: ID!, $p: ParticipantInput!) { sessionAgenda(sessionId: $id, participant: $p) { published } }`,
    variables: (ids) => ({ id: ids.sessionId, p: { candidateId: ids.candidateShared } }),
    expect: { ...SESSION_PARTICIPANTS_OR_TEAM, HR_B: 'NOT_FOUND' },
  },
  {
    name: 'sessionAgenda (employer B)',
    query: `query($id: ID!, $p: ParticipantInput!) { sessionAgenda(sessionId: $id, participant: $p) { published } }`,
    variables: (ids) => ({ id: ids.sessionId, p: { employerId: ids.employerB } }),
    expect: { ...SESSION_PARTICIPANTS_OR_TEAM, HR_A: 'NOT_FOUND', JS_A: 'NOT_FOUND' },
  },
  {
    name: 'markSessionAgendaSeen (candidate)',
    query: `mutation($id: ID!, $p: ParticipantInput!) { markSessionAgendaSeen(sessionId: $id, participant: $p) { changedSinceSeen } }`,
    variables: (ids) => ({ id: ids.sessionId, p: { candidateId: ids.candidateShared } }),
    expect: { ...SESSION_PARTICIPANTS_OR_TEAM, RMT27: 'FORBIDDEN', HR_B: 'NOT_FOUND' },
  },
  {
    name: 'sessionTablePlan',
    query: `query($id: ID!) { sessionTablePlan(sessionId: $id) { printUrl } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: SESSION_TEAM_ONLY,
  },
  {
    name: 'sessionUnmetWishes',
    query: `query($id: ID!) { sessionUnmetWishes(sessionId: $id) { reason } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: SESSION_PARTICIPANTS_OR_TEAM,
  },
  {
    name: 'planMeetAndGreetSession',
    query: `mutation($id: ID!) { planMeetAndGreetSession(sessionId: $id) { planStatus } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: SESSION_TEAM_ONLY,
  },
);

const placementTerms = (ids: Ids) => ({
  candidateId: ids.candidateShared,
  hostEmployerId: ids.employerB,
  kind: 'SECONDMENT',
  purpose: 'GAIN_EXPERIENCE',
  startDate: inDays(30).toISOString().slice(0, 10),
  endDate: inDays(90).toISOString().slice(0, 10),
  hoursPerWeek: 16,
  contractHoursPerWeek: 32,
  salaryPaidBy: 'LENDING_EMPLOYER',
  travelCostsReimbursed: false,
  travelCostsPaidBy: 'NOBODY',
  lendingContact: 'HR A',
  hostContact: 'HR B',
});
/** The lending and host employers' HR leads, the candidate and the region's mobility team. */
const PLACEMENT_PARTIES: Case['expect'] = {
  default: 'NOT_FOUND',
  HR_A: 'OK',
  HR_B: 'OK',
  JS_A: 'OK',
  RMT27: 'OK',
  ANON: 'UNAUTHENTICATED',
};

CASES.push(
  { name: 'placements', query: `{ placements { id } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'placement',
    query: `query($id: ID!) { placement(id: $id) { id status } }`,
    variables: (ids) => ({ id: ids.placementId }),
    expect: PLACEMENT_PARTIES,
  },
  {
    name: 'placementHistory',
    query: `query($id: ID!) { placementHistory(id: $id) { event } }`,
    variables: (ids) => ({ id: ids.placementId }),
    expect: PLACEMENT_PARTIES,
  },
  {
    name: 'proposePlacement',
    query: `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id } }`,
    // Another candidate (shared with employer B only), so these proposals do not conflict with the placement above.
    variables: (ids) => ({ input: { ...placementTerms(ids), candidateId: ids.candidateSelected } }),
    // The host may propose too; others do not see the candidate.
    expect: { default: 'NOT_FOUND', HR_A: 'OK', HR_B: 'OK', RMT27: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'agreeToPlacement',
    query: `mutation($id: ID!) { agreeToPlacement(id: $id) { status } }`,
    variables: (ids) => ({ id: ids.placementId }),
    // The mobility team moves placements on but never agrees for a party.
    expect: { ...PLACEMENT_PARTIES, RMT27: 'CONFLICT' },
  },
  {
    name: 'reciprocityLedger',
    query: `{ reciprocityLedger(from: "2027-01-01", to: "2027-12-31") { periods } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  {
    name: 'declareHostCapacity',
    query: `mutation { declareHostCapacity(input: { from: "2027-01-01", hoursPerWeek: 80 }) { id } }`,
    variables: () => ({}),
    expect: { default: 'FORBIDDEN', HR_A: 'OK', HR_B: 'OK', HR_C: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  { name: 'myNotifications', query: `{ myNotifications { id } }`, variables: () => ({}), expect: ALL_OK },
);

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
    const rmt27 = await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM27' });
    const session = await t.gql(
      `mutation($input: SessionSetupInput!) { createMeetAndGreetSession(input: $input) { id } }`,
      { input: sessionSetup() },
      rmt27.token,
    );
    const sessionId = session.data!.createMeetAndGreetSession.id as string;
    const invited = await t.gql(
      `mutation($id: ID!, $input: InviteToSessionInput!) { inviteToSession(sessionId: $id, input: $input) { candidates } }`,
      { id: sessionId, input: { candidateIds: [candidateShared], employers: [{ employerId: b.id }] } },
      rmt27.token,
    );
    expect(invited.data?.inviteToSession.candidates).toBe(1);
    const placement = await t.gql(
      `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id } }`,
      { input: placementTerms({ candidateShared, employerB: b.id } as Ids) },
      hrA.token,
    );
    expect(placement.errors).toBeUndefined();
    ids = {
      placementId: placement.data!.proposePlacement.id as string,
      sessionId,
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
    tokens.RMT27 = rmt27.token;
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
